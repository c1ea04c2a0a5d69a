using CxAssistant.Core.Jobs;

namespace CxAssistant.Analysis.Jobs;

/// <summary>
/// The offline drafter's catalogue of customer jobs, written the way a JTBD practitioner would phrase them
/// (solution-agnostic, verb + object + clarifier). Triggers are case-insensitive whole words or phrases. Themes cover
/// everyday food-service and retail/outdoor jobs; evidence that fits no theme falls back to
/// <see cref="JobPhraseNormaliser"/>. Every phrase here must pass <see cref="JobStatementLinter"/> (a test checks).
/// Order matters: a record that fits two themes equally goes to the earlier one, so specific themes (renting to try)
/// come before general ones (getting gear for a trip).
/// </summary>
internal static class JobThemes
{
    private static readonly JobPhrase StartTheDay = new("Start", "the day", "without stress or delay");
    private static readonly JobPhrase Outdoors = new("Enjoy", "the outdoors", "in safety and comfort");
    private static readonly JobPhrase Occasions = new("Make", "family occasions memorable", "for everyone involved");
    private static readonly JobPhrase Events = new("Host", "events", "without last-minute problems");
    private static readonly JobPhrase EverydayLife = new("Make", "everyday life more enjoyable", "for the household");
    private static readonly JobPhrase EatSafely = new("Enjoy", "food", "without worrying about allergies or intolerances");

    public static readonly IReadOnlyList<JobTheme> All =
    [
        new()
        {
            Id = "commute-breakfast",
            Anchors = ["train", "commute", "commuter", "school run", "late for work", "work call", "before work", "7:52", "7:02"],
            Main = new("Get", "breakfast", "before the morning commute"),
            AspirationId = "start-the-day", Aspiration = StartTheDay,
            Performer = "Commuter or parent picking up breakfast on the way to the train, work or the school run",
            Emotional = ["Feel in control of a tight morning schedule", "Avoid the stress of watching the clock in a queue"],
            Social = ["Arrive at work or school on time and not look disorganised"],
            Steps =
            [
                new(JobMapStep.Prepare, new("Arrange", "breakfast", "ahead of arriving at the counter"), ["pre-order", "pre-ordered", "ordered ahead", "order ahead", "ordering ahead", "pre-ordering"]),
                new(JobMapStep.Confirm, new("Confirm", "payment for the order", "before leaving home"), ["charged twice", "charged me twice", "took my money twice", "double charge", "apple pay", "card details", "payment screen", "crashed at payment", "crashed at the payment"]),
                new(JobMapStep.Monitor, new("Know", "the moment breakfast is ready", "for collection"), ["'received'", "just says", "actually ready", "nobody told me", "nobody tells you", "wasn't ready", "wasn't made yet", "wasn't started"]),
                new(JobMapStep.Modify, new("Change", "the collection time", "when plans shift"), ["change my pickup", "change the pickup", "change it to", "move my pickup", "change a pre-order", "change the pickup time", "no edit button"]),
                new(JobMapStep.Execute, new("Collect", "breakfast", "on arrival without queuing"), ["queue", "pickup shelf", "back shelf", "walk-ins", "pickup wait", "hover by the counter", "nobody could find it", "nobody can find it"]),
            ],
            Outcomes =
            [
                new("Minimize the time it takes to collect a pre-arranged order on arrival", ["waited", "queue", "pickup wait", "pickup was quick", "in and out", "ready and waiting", "wait at the counter", "pickup still slow"]),
                new("Minimize the likelihood of missing the train or being late for work", ["missed my train", "missed the", "late for work", "missing it", "before my train", "before the 7"]),
                new("Minimize the uncertainty about whether the order is ready", ["'received'", "actually ready", "nobody told me", "nobody tells you", "wasn't ready", "wasn't made yet", "was ready"]),
            ],
        },
        new()
        {
            Id = "celebration",
            Anchors = ["birthday", "party", "wedding", "celebration", "anniversary", "christening"],
            Main = new("Celebrate", "a family birthday", "with a cake on the day"),
            AspirationId = "occasions", Aspiration = Occasions,
            Performer = "Parent or host organising a celebration, often at short notice",
            Emotional = ["Feel confident the day will go to plan", "Avoid last-minute panic when something goes wrong"],
            Social = ["Be seen as the host who made the day special"],
            Steps =
            [
                new(JobMapStep.Locate, new("Find", "a cake that suits the occasion", "within the time left before the day"), ["nut-free cake", "dinosaur on it", "gluten free cakes", "choosing cakes", "short notice", "two days' notice"]),
                new(JobMapStep.Prepare, new("Arrange", "the cake", "with enough notice before the day"), ["48h notice", "notice", "pre-order a cake", "order form", "pre-order form"]),
                new(JobMapStep.Execute, new("Receive", "the cake intact", "in time for the celebration"), ["squashed", "cake boxes flat", "boxes flat"]),
                new(JobMapStep.Modify, new("Recover", "the celebration", "when the cake goes wrong on the day"), ["drive over", "cake disaster", "replacement cake", "collect this afternoon", "celebration cake in the cabinet"]),
            ],
            Outcomes =
            [
                new("Minimize the likelihood that the cake arrives damaged", ["squashed", "boxes flat", "cake disaster"]),
                new("Minimize the notice needed to get a cake for an occasion", ["short notice", "notice", "two days", "48h"]),
            ],
        },
        new()
        {
            Id = "group-catering",
            Anchors = ["office", "catering", "colleagues", "40 people", "forty people", "autumn fair", "hungry people", "office breakfast"],
            Main = new("Feed", "a group of colleagues or guests", "at an event on schedule"),
            AspirationId = "events", Aspiration = Events,
            Performer = "Office manager or organiser ordering food for a group",
            Emotional = ["Feel sure every guest is catered for"],
            Social = ["Be seen by colleagues as the organiser who got it right"],
            Steps =
            [
                new(JobMapStep.Define, new("Agree", "quantities and allergen needs", "before the event"), ["allergen", "allergens", "nut allergy", "nut allergies", "coeliac", "nut-free box"]),
                new(JobMapStep.Prepare, new("Place", "a bulk order", "ahead of the event"), ["over 20 items", "spreadsheet", "impossible for bulk", "orders that big", "bulk ordering", "email or phone"]),
                new(JobMapStep.Execute, new("Receive", "the food at the venue", "within the agreed window"), ["own van", "hour late", "8:15", "on time", "arrived 06:50", "window"]),
                new(JobMapStep.Conclude, new("Settle", "the invoice", "against the purchase order after the event"), ["invoice", "po number", "purchase order"]),
            ],
            Outcomes =
            [
                new("Minimize the effort it takes to order for a large group", ["spreadsheet", "impossible for bulk", "over 20 items", "orders that big", "retype"]),
                new("Minimize the likelihood that a guest cannot eat safely", ["allergen", "allergens", "nut allergy", "nut-free", "coeliac", "labelled"]),
                new("Minimize the likelihood that the invoice does not match the purchase order", ["invoice", "po number"]),
            ],
        },
        new()
        {
            Id = "dietary",
            Anchors = ["gluten free", "gluten-free", "coeliac", "celiac", "allergy", "allergies", "allergens", "nut-free", "vegan options", "dairy-free"],
            Main = new("Choose", "food that is safe to eat", "for someone with a food allergy or intolerance"),
            AspirationId = "eat-safely", Aspiration = EatSafely,
            Performer = "Customer with an allergy or intolerance, or buying for someone who has one",
            Emotional = ["Feel safe rather than anxious when choosing what to eat"],
            Social = ["Not feel like a nuisance for asking about ingredients"],
            Steps =
            [
                new(JobMapStep.Locate, new("Find", "the options that suit a dietary need", "before ordering"), ["couldn't find the gluten free", "doesn't show gluten free", "gluten free options", "hidden", "vegan options", "any vegan"]),
                new(JobMapStep.Confirm, new("Confirm", "what each item contains", "before eating it"), ["asked about allergens", "allergens", "cross-contamination", "guarantee", "safe"]),
            ],
            Outcomes =
            [
                new("Minimize the time it takes to find options that suit a dietary need", ["couldn't find the gluten free", "doesn't show gluten free", "gluten free options", "vegan options"]),
                new("Minimize the likelihood of having to ask about every item's ingredients", ["asked about allergens", "allergens", "ask about every item"]),
            ],
        },
        new()
        {
            Id = "regular-treat",
            Anchors = ["every saturday", "every friday", "every sunday", "every morning", "most mornings", "bread run", "bread box", "weekend bread", "go-to", "lazy saturday", "my usual", "come in for one"],
            Main = new("Enjoy", "a favourite bake", "as part of a weekly routine"),
            AspirationId = "everyday-life", Aspiration = EverydayLife,
            Performer = "Regular who drops in or orders on a routine, often for the whole family",
            Emotional = ["Look forward to a small, reliable treat"],
            Social = ["Be known and welcomed as a regular"],
            Steps =
            [
                new(JobMapStep.Locate, new("Find", "favourite items still available", "at the time of the visit"), ["sold out", "nothing left", "sell out", "enough this time"]),
                new(JobMapStep.Execute, new("Get", "the usual order", "without repeating it every time"), ["my usual", "remembers my order", "reordering my usual", "forgets my usual"]),
                new(JobMapStep.Confirm, new("Check", "the price of the regular order", "before paying"), ["prices", "pricey", "£4.20", "surcharge", "worth the price", "steep"]),
            ],
            Outcomes =
            [
                new("Minimize the likelihood that favourite items are sold out on arrival", ["sold out", "nothing left", "sell out", "enough this time"]),
                new("Increase the likelihood that the bakes are fresh", ["fresh", "stale", "baked that morning", "lukewarm"]),
                new("Minimize the cost of a regular order", ["prices", "pricey", "£4.20", "surcharge", "worth the price", "steep", "worth every penny"]),
            ],
        },
        new()
        {
            Id = "try-before-buy",
            Anchors = ["rent", "rented", "rental", "renting", "try before", "rent-to-buy", "try things out", "rented first"],
            Main = new("Try", "gear", "before committing to buy it"),
            AspirationId = "outdoors", Aspiration = Outdoors,
            Performer = "First-timer or family trying out gear for a trip before owning it",
            Emotional = ["Feel confident before spending on gear", "Avoid the risk of buying the wrong thing"],
            Social = ["Be able to take the family out without owning everything"],
            Steps =
            [
                new(JobMapStep.Prepare, new("Reserve", "gear", "for a trip weeks away"), ["booking calendar", "calendar only", "week out", "week ahead", "reserve further", "book a tent rental"]),
                new(JobMapStep.Execute, new("Collect", "rented gear", "outside working hours"), ["10-2", "10 to 2", "weekdays only", "weekday 10", "evening or saturday", "i work!", "some of us have jobs", "can't leave work"]),
                new(JobMapStep.Confirm, new("Check", "rented gear is complete", "before the trip"), ["missing stakes", "missing 2 stakes", "two stakes", "smelled", "smelled like", "sand in the corners", "pole section"]),
                new(JobMapStep.Conclude, new("Get", "the deposit back", "after returning rented gear"), ["deposit", "late fee"]),
                new(JobMapStep.Modify, new("Convert", "a rental into a purchase", "without paying twice"), ["rent-to-buy", "bought them with", "rental fee came off", "rental fee taken off"]),
            ],
            Outcomes =
            [
                new("Minimize the time it takes to get the deposit back after returning rented gear", ["deposit"]),
                new("Minimize the likelihood that rented gear is incomplete or dirty", ["missing stakes", "missing 2 stakes", "two stakes", "smelled", "sand in the corners"]),
                new("Increase the number of days ahead that gear can be reserved", ["booking calendar", "calendar only", "week out", "week ahead", "reserve further"]),
                new("Minimize the likelihood of a late fee for a return handed over on time", ["late fee"]),
            ],
        },
        new()
        {
            Id = "trip-gear",
            Anchors = ["trip", "hike", "hiking", "camping", "trek", "backpacking", "race", "zion", "leave for", "leaving tomorrow"],
            Main = new("Get", "the right gear", "before a planned trip"),
            AspirationId = "outdoors", Aspiration = Outdoors,
            Performer = "Hiker or camper equipping for a trip with a fixed date, often for a family or a first outing",
            Emotional = ["Feel ready and safe before setting off", "Avoid the worry of gear not arriving in time"],
            Social = ["Be the one who kept the family dry and comfortable on the trip"],
            Steps =
            [
                new(JobMapStep.Locate, new("Find", "gear that fits", "before buying it"), ["size guide", "size chart", "fit guide", "run small", "runs small", "half a size", "inseam", "between sizes", "run narrow", "which would you suggest"]),
                new(JobMapStep.Confirm, new("Confirm", "the full price", "before paying"), ["handling fee", "oversize surcharge", "surprise fee", "hidden fees", "real price", "total jumped", "the extra"]),
                new(JobMapStep.Monitor, new("Know", "where the order is", "until it arrives"), ["tracking", "in transit", "label created", "where it was", "where is it", "404"]),
                new(JobMapStep.Execute, new("Receive", "the gear", "before the trip date"), ["guaranteed", "arrive by", "showed up the next", "arrived 9 days", "took nine days", "before we left", "3-day shipping", "for a trip"]),
                new(JobMapStep.Modify, new("Exchange", "gear that doesn't fit", "for the right size"), ["exchange", "swap", "half size up", "bigger pair", "re-order", "return and buy again", "bigger size", "smaller size", "different size", "a size up", "half size down"]),
                new(JobMapStep.Conclude, new("Get", "the money back", "for gear that is returned"), ["refund", "restocking fee", "return shipping"]),
            ],
            Outcomes =
            [
                new("Minimize the likelihood that the gear arrives after the trip date", ["guaranteed", "arrive by", "trip", "showed up the next", "took nine days", "before we left"]),
                new("Minimize the time it takes to swap gear for the right size", ["exchange", "swap", "half size up", "return and buy again", "re-order", "bigger size", "smaller size", "different size", "a size up", "half size down"]),
                new("Minimize the time it takes to get money back for returned gear", ["refund", "refunded"]),
                new("Minimize the likelihood of an unexpected charge before paying", ["handling fee", "oversize surcharge", "surprise fee", "hidden fees", "restocking fee", "late fee"]),
            ],
        },
    ];
}
