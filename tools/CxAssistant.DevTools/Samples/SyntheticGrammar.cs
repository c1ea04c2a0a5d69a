namespace CxAssistant.DevTools.Samples;

/// <summary>
/// Phrases about one touchpoint, by tone. Slots: {product} {days} {minutes} {amount} {agent} {carrier} {size} {region}.
/// </summary>
internal sealed record TouchpointPhrases(
    string Id,
    int ComplaintWeight,
    int PraiseWeight,
    string[] Complaints,
    string[] ComplaintDetails,
    string[] Praises,
    string[] PraiseDetails,
    string[] Questions
);

/// <summary>
/// The template grammar behind <see cref="SyntheticDataGenerator"/>: touchpoints × tone × detail phrases ×
/// openers/closers × channel wrappers. Every complaint phrase carries a plain negative cue and every praise
/// phrase a plain positive cue, so offline annotators have something honest to find.
/// </summary>
internal static class SyntheticGrammar
{
    public static readonly TouchpointPhrases[] Touchpoints =
    [
        new(
            "delivery",
            18,
            10,
            [
                "My order took {days} days to arrive when the site promised 3-5, far too slow.",
                "Delivery was really slow, the tracking sat on 'label created' for {days} days.",
                "The parcel was marked delivered but never showed up at my door.",
                "Shipping was late again, I needed the {product} for a trip and it arrived after I left.",
                "{carrier} lost my package for a week and nobody could tell me where it was.",
                "The order was split into three shipments and the part I actually "
                    + "needed came last, {days} days later. Frustrating.",
                "Paid for express shipping and it still wasn't here for {days} days.",
                "The box was left in the rain on my porch and the {product} got soaked.",
                "Delivery was a disaster, the driver left it at the wrong address.",
                "My order sat in 'processing' for {days} days before it even shipped, which is frustrating.",
            ],
            [
                "Tracking never updated once.",
                "I had to chase it twice.",
                "That's the second late order in a row.",
                "No email, no explanation, nothing.",
                "I ended up buying one locally instead.",
                "The delivery estimate was simply wrong.",
            ],
            [
                "Delivery was fast, the {product} arrived in {days} days.",
                "Shipping was quick and the tracking was accurate the whole way.",
                "It arrived a day earlier than promised, great job.",
                "Delivery was smooth and on time.",
                "Super fast shipping to {region}, impressed.",
                "The courier was friendly and the parcel came right on time.",
            ],
            ["Tracking updates were spot on.", "Exactly when you said it would arrive.", "Perfect timing for my trip."],
            [
                "How long does delivery usually take to {region}?",
                "Can I change the delivery address after ordering?",
                "Do you ship with FastShip or another courier?",
            ]
        ),
        new(
            "returns",
            12,
            4,
            [
                "The returns process is a nightmare, I needed a printer just to get a label.",
                "I was trying to return the {product} for a {size} and it was a hassle that took three weeks.",
                "My refund took {days} days after you received the return, far too slow.",
                "You can't exchange a size, you have to return it and buy it again, which is ridiculous.",
                "The return portal kept throwing an error on the last step.",
                "I got charged a {amount} restocking fee on an unworn item, that's not in your policy.",
                "Still no refund for the {product} I sent back a month ago.",
                "Return shipping wasn't free, which nobody mentioned when I bought it.",
            ],
            [
                "I had to email three times.",
                "Nobody replied for a week.",
                "I ended up keeping the wrong size and selling it on.",
                "It should not be this hard to send something back.",
            ],
            [
                "Returning the {product} was easy, refund in {days} days.",
                "The exchange was quick and painless, great service.",
                "Return label by QR code, no printer needed, brilliant.",
                "Swapped my {product} for a {size} with no hassle at all, love that.",
            ],
            ["Easiest return I've done online.", "Refund showed up faster than expected."],
            [
                "How do I exchange the {product} for a {size}?",
                "Is return shipping free for members?",
                "How long do refunds usually take?",
            ]
        ),
        new(
            "customer-service",
            10,
            12,
            [
                "I waited on hold for {minutes} minutes before anyone answered.",
                "Support promised a callback that never came.",
                "Email support took {days} days to reply and didn't answer my question.",
                "The chat bot kept sending me in circles and I couldn't reach a human.",
                "The agent was rude and clearly didn't want to help.",
                "I had to explain my problem to four different people, so frustrating.",
                "Customer service kept giving me copy-paste answers that didn't help.",
                "Nobody at support could tell me what was going on with my order.",
            ],
            [
                "I gave up in the end.",
                "Every contact started from zero again.",
                "It felt like nobody owned the problem.",
            ],
            [
                "{agent} on chat was amazing and sorted everything in five minutes.",
                "Customer service was friendly and really helpful.",
                "The support team went above and beyond and sent a replacement straight away, brilliant.",
                "{agent} on the phone was brilliant: patient, knowledgeable and fixed it first time.",
                "Support answered within the hour, great service.",
                "Really helpful advice from {agent} on which {product} to pick.",
            ],
            [
                "That's how support should work.",
                "Genuinely impressed with the team.",
                "Made up for the earlier hiccup.",
            ],
            ["What are your support hours on weekends?", "Is there a phone number I can call instead of chat?"]
        ),
        new(
            "checkout-payment",
            9,
            4,
            [
                "A {amount} handling fee appeared at the very last step of checkout, which felt sneaky.",
                "Hidden fees at checkout, the total jumped by {amount} on the final screen.",
                "The promo code didn't work and checkout only told me at payment.",
                "Checkout failed twice with a payment error before it went through.",
                "Free shipping on the product page, then an oversize surcharge at checkout. Misleading.",
                "I nearly abandoned my cart when the surprise fee popped up at the end, not cool.",
                "Checkout kept logging me out and I lost my cart, annoying.",
                "I was charged twice for one order and had to wait ages for the refund, not ok.",
            ],
            ["Just show the real price in the cart.", "Nobody reads the shipping policy.", "I almost closed the tab."],
            [
                "Checkout was quick and easy, done in a minute.",
                "Paying with Apple Pay was smooth, love it.",
                "The checkout was clear, no surprises on the total, great.",
                "Easy checkout and my discount code worked first time.",
            ],
            ["Really straightforward.", "Best checkout of any outdoor store I use."],
            ["Can I use a gift card and a promo code together?", "Do you accept PayPal?"]
        ),
        new(
            "product-quality",
            7,
            25,
            [
                "The zipper on the {product} broke after two trips.",
                "The {product} started falling apart after a month, really disappointed.",
                "Seams on the {product} leaked in the first storm.",
                "Quality is not what it used to be, the {product} feels cheap.",
                "The {product} arrived damaged and doesn't work properly.",
                "The sole of my {product} separated after only 150 miles, poor quality.",
            ],
            [
                "For the price I expected better.",
                "The warranty form asked for six photos.",
                "Such a shame because I liked it at first.",
            ],
            [
                "The {product} is excellent quality and kept me dry in a downpour.",
                "Love the {product}, really solid build and very comfortable.",
                "The {product} is the best I've owned, worth every penny.",
                "Great quality gear, the {product} feels like it will last for years.",
                "The {product} performed perfectly on a week-long trip.",
                "Amazing {product}, light, warm and well made.",
                "Superb {product}, exactly as described and great value.",
                "The {product} survived a whole summer of abuse, impressive durability.",
            ],
            [
                "Stitching and materials are top notch.",
                "Already recommended it to friends.",
                "Bought a second one for my partner.",
                "Comfortable straight out of the box.",
            ],
            ["Is the {product} waterproof or just water resistant?", "Does the {product} come with a warranty?"]
        ),
        new(
            "website-search",
            6,
            8,
            [
                "Site search is useless, searching for a {product} shows socks first.",
                "The website is really slow on my phone.",
                "The filters reset every time I go back, so annoying.",
                "Couldn't find stock levels anywhere on the site, confusing.",
                "The website kept crashing when I tried to browse the sale.",
            ],
            ["I nearly gave up and went elsewhere.", "Please fix the mobile site."],
            [
                "The website is easy to browse and the filters are great.",
                "Found the {product} I wanted in two minutes, nice clean site.",
                "Search works really well, love the comparison feature.",
                "Great website, fast and easy to use.",
            ],
            ["The guides and reviews helped a lot."],
            ["Is there a way to save items to a wishlist?"]
        ),
        new(
            "product-pages-sizing",
            6,
            6,
            [
                "The size guide is wrong, the {product} runs small and nothing on the page says so.",
                "The product photos don't match the colour I received, disappointing.",
                "No inseam or measurements on the product page, so I had to guess and got it wrong.",
                "Specs on the product page were wrong about the weight of the {product}.",
                "Sizing is all over the place between brands and the chart doesn't help.",
            ],
            ["Hence the return.", "A fit note would save everyone time."],
            [
                "The size chart was spot on, the {product} fits perfectly.",
                "Great product page, detailed specs and honest photos.",
                "The fit guide with measurements was really helpful.",
                "Loved the detailed product info, made the {product} an easy choice.",
            ],
            ["No return needed this time."],
            [
                "Does the {product} run true to size?",
                "Which size should I get in the {product} if I'm between a M and L?",
            ]
        ),
        new(
            "order-emails",
            5,
            3,
            [
                "I didn't get an order confirmation email for two days and thought the order had failed.",
                "The tracking link in the shipping email goes to an error page.",
                "Your emails said it had shipped when it hadn't, confusing.",
                "Too many marketing emails and not one useful update about my order.",
            ],
            ["I almost ordered twice."],
            [
                "The confirmation and shipping emails were clear and helpful.",
                "Great order updates, I always knew where the {product} was.",
                "Nice clear emails with an accurate delivery date.",
            ],
            [],
            ["Can I get order updates by text instead of email?"]
        ),
        new(
            "packaging",
            4,
            5,
            [
                "So much plastic in the packaging, not great for an outdoors brand.",
                "A huge box for a tiny {product}, what a waste.",
                "The packaging was crushed and the {product} was damaged inside.",
            ],
            ["Please rethink the air pillows."],
            [
                "Loved the recycled cardboard packaging, no plastic at all.",
                "Nicely packed, the {product} arrived in perfect condition.",
                "Great packaging, easy to open and fully recyclable.",
            ],
            [],
            ["Is your packaging recyclable?"]
        ),
        new(
            "loyalty",
            4,
            6,
            [
                "My reward points expired without any warning email, annoying.",
                "Points don't apply to sale items, which is most of what I buy, disappointing.",
                "The member discount didn't show up at checkout again.",
                "Gold tier isn't worth it anymore since you cut the perks.",
            ],
            ["Feels like the programme is designed not to pay out."],
            [
                "Gold tier free shipping is great, totally worth it.",
                "The loyalty discounts are generous, love being a member.",
                "Nice birthday reward from the loyalty programme, thank you.",
            ],
            [],
            ["How many points do I need for the next tier?"]
        ),
        new(
            "mobile-app",
            5,
            4,
            [
                "The app crashes every time I try to pay.",
                "The app logged me out and lost my cart, frustrating.",
                "The app is slow and the search doesn't work properly.",
                "Couldn't log in to the app, the reset link was always expired.",
            ],
            ["I had to switch to the website."],
            [
                "The app is fast and easy to use, reordering takes seconds.",
                "Love the app, stock alerts are really handy.",
                "Great app, smooth and simple.",
            ],
            [],
            ["Is the app available for Android tablets?"]
        ),
        new(
            "pricing",
            7,
            5,
            [
                "Prices have gone up a lot, the {product} is overpriced now.",
                "The same {product} is {amount} cheaper elsewhere, disappointing.",
                "The sale prices are fake, it was cheaper last month.",
                "Too expensive for what you get.",
            ],
            ["I'll be shopping around next time."],
            [
                "Great value for the quality, the {product} was a bargain.",
                "Fair prices and a good sale, happy with what I paid.",
                "Cheaper than the big brands and just as good, love it.",
            ],
            [],
            ["Will the {product} be in the next sale?"]
        ),
    ];

    public static readonly string[] ComplaintOpeners =
    [
        "",
        "",
        "",
        "",
        "Honestly, ",
        "Not happy. ",
        "Really disappointed. ",
        "Ugh. ",
        "I'll be blunt: ",
        "Frustrating experience. ",
        "Second time this has happened. ",
        "Where do I start. ",
        "Very poor experience. ",
        "Sorry but ",
        "Not impressed. ",
        "Long-time customer, first complaint: ",
        "Well. ",
        "So. ",
        "To be honest, ",
        "This is my third attempt to get this sorted. ",
        "I wanted to like this. ",
        "Bad experience this time. ",
        "Annoyed. ",
        "Look, ",
    ];

    public static readonly string[] ComplaintClosers =
    [
        "",
        "",
        "",
        "",
        " Please fix this.",
        " Won't be ordering again.",
        " Very frustrating.",
        " Considering other shops now.",
        " Not what I expected from you.",
        " Sort it out.",
        " Really not good enough.",
        " I expected better.",
        " Giving you one more chance.",
        " 😡",
        " 👎",
        " Disappointed.",
        " Such a shame.",
        " Please do better.",
        " Not acceptable.",
        " I'm done.",
        " Thanks for nothing.",
        " Fix it and I'll be back.",
        " 🙄",
        " Sigh.",
    ];

    public static readonly string[] PraiseOpeners =
    [
        "",
        "",
        "",
        "",
        "Wow! ",
        "Really happy. ",
        "Great experience overall. ",
        "Can't fault it. ",
        "Five stars. ",
        "So pleased. ",
        "Brilliant. ",
        "Just wanted to say thanks. ",
        "Honestly great. ",
        "Loved it. ",
        "Another great order. ",
        "Superb. ",
        "Top marks. ",
        "Happy customer here. ",
        "Fantastic. ",
        "Impressed! ",
        "Well done. ",
        "Nice one. ",
        "10/10. ",
        "Great stuff. ",
    ];

    public static readonly string[] PraiseClosers =
    [
        "",
        "",
        "",
        "",
        " Will definitely order again!",
        " Keep it up 👍",
        " Highly recommend.",
        " Thank you!",
        " Great job.",
        " Love this shop.",
        " My go-to store now.",
        " Already told my friends.",
        " 🙌",
        " ❤️",
        " 5 stars.",
        " Couldn't be happier.",
        " Perfect.",
        " Excellent.",
        " Brilliant service.",
        " Happy days.",
        " Thanks team!",
        " 🏕️",
        " 😊",
        " Will be back.",
    ];

    public static readonly string[] MixedJoins =
    [
        " but ",
        " although ",
        ", however ",
        ". On the other hand, ",
        ". Sadly, ",
        ", but ",
        " - but ",
        ", though ",
    ];

    public static readonly string[] MixedClosers =
    [
        "",
        "",
        "",
        " Mixed feelings.",
        " Overall ok.",
        " Would still recommend, just fix that.",
        " 3 stars from me.",
        " Nearly perfect.",
        " Hope that improves.",
        " Fingers crossed next time.",
        " So close.",
        " Good but not great.",
    ];

    public static readonly string[] NeutralStatements =
    [
        "Ordered a {product}, arrived as expected.",
        "No strong feelings either way.",
        "It was fine.",
        "Average experience.",
        "Order arrived, haven't used the {product} yet.",
        "Nothing special to report.",
        "Standard online order.",
        "Bought a {product} as a gift.",
        "First order with you.",
        "Did what it said.",
    ];

    public static readonly string[] JobContexts =
    [
        "I needed it for a camping trip with the kids.",
        "I was getting kitted out for my first backpacking trip.",
        "I'm replacing my old gear before the season starts.",
        "It was a birthday present for my dad.",
        "I was trying to get everything in time for a hike on Saturday.",
        "We were planning a long weekend in the mountains.",
        "I just wanted something that works in the rain.",
        "I was training for a trail race.",
    ];

    public static readonly string[] Products =
    [
        "tent",
        "rain jacket",
        "hiking boot",
        "down jacket",
        "backpack",
        "sleeping bag",
        "sleeping pad",
        "camp stove",
        "headlamp",
        "trail running shoe",
        "fleece",
        "trekking pole set",
        "water filter",
        "base layer",
        "camp chair",
        "wool hat",
    ];

    /// <summary>Order line prices in cents (integer maths keeps output identical on every runtime).</summary>
    public static readonly int[] PricesCents =
    [
        34900,
        18900,
        15900,
        22900,
        12995,
        19900,
        8999,
        5995,
        3495,
        13900,
        6995,
        9900,
        4495,
        5500,
        4999,
        2495,
    ];

    public static readonly string[] Agents = ["Rosa", "Derek", "Kim", "Sam", "Priya", "Jonas", "Aiko", "Tom"];
    public static readonly string[] Carriers = ["ShipRight", "the courier", "the carrier", "FastShip"];
    public static readonly string[] Sizes =
    [
        "bigger size",
        "smaller size",
        "half size up",
        "half size down",
        "different size",
        "size up",
    ];
    public static readonly string[] Amounts = ["$7.50", "$12", "$14.50", "$8", "$19", "$25", "$6.50", "$30"];
    public static readonly string[] Regions =
    [
        "Pacific Northwest",
        "Mountain West",
        "Southwest",
        "Midwest",
        "Northeast",
        "Southeast",
    ];
    public static readonly string[] Plans = ["none", "none", "none", "silver", "silver", "gold"];
    public static readonly string[] Names =
    [
        "Alex",
        "Jo",
        "Sam",
        "Chris",
        "Pat",
        "Dana",
        "Robin",
        "Lee",
        "Maria",
        "Tom",
    ];

    public static readonly string[] EmailGreetings =
    [
        "Hi,",
        "Hello,",
        "Hi team,",
        "Dear team,",
        "Hey,",
        "To whom it may concern,",
    ];
    public static readonly string[] SignOffs =
    [
        "Thanks,",
        "Regards,",
        "Cheers,",
        "Best,",
        "Thank you,",
        "Kind regards,",
    ];
    public static readonly string[] SocialPrefixes =
    [
        "@TrailShop ",
        "@TrailShop ",
        "",
        "Hey @TrailShop ",
        "PSA: ",
        ".@TrailShop ",
    ];
    public static readonly string[] SocialSuffixes =
    [
        "",
        "",
        " #hiking",
        " #camping",
        " #customerservice",
        " #outdoors",
        " 🏔️",
        "",
    ];
}
