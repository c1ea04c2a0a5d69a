using System.Collections.Frozen;

namespace CxAssistant.Core.Privacy;

/// <summary>Capitalised words that follow name contexts but are not names ("Dear Customer", "spoke to Support").</summary>
internal static class NameWords
{
    private static readonly FrozenSet<string> NotNames = new[]
    {
        "Customer", "Customers", "Service", "Services", "Support", "Team", "Sir", "Madam", "All", "Everyone", "Everybody", "There", "Thanks",
        "Thank", "You", "Hello", "Hi", "Hey", "Yes", "No", "Ok", "Okay", "The", "A", "An", "I", "We", "My", "Your", "Our", "It", "This", "That",
        "Please", "Sorry", "Again", "Guys", "Folks", "Friends", "Manager", "Agent", "Someone", "Somebody", "Nobody", "Anyone", "Sales", "Billing",
        "Tech", "Technical", "Help", "Desk", "Very", "Happy", "Not", "Just", "So", "Really", "Still", "Regards", "Best", "Cheers", "Kind", "Warm",
        "Dept", "Department", "Store", "Shop", "Company", "Bank", "Delivery", "Order", "Account", "Email", "Phone", "Here", "Calling", "Writing",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "June", "July",
        "August", "September", "October", "November", "December", "Today", "Tomorrow", "Yesterday", "Great", "Good", "Bad", "Terrible", "Awesome",
        "Amazing", "Love", "Loved", "Hate", "Still", "Waiting", "Unhappy", "Disappointed", "Frustrated", "Confused", "Excited", "Sure", "Well",
        "Oh", "Also", "And", "But", "Or", "For", "From", "With", "Re", "Subject", "To", "Cc", "Date", "Sent", "Ticket", "Case", "Chat", "Bot",
        "Assistant", "Representative", "Rep", "Advisor", "Staff", "Operator", "Host", "Unknown", "Anonymous", "Guest", "User", "Client", "Caller",
        "Hope", "Looking", "Glad", "Trying", "Going", "Having", "Getting", "Done", "Fine", "Night", "Morning", "Afternoon", "Evening",
        // Capitalised at a sentence start before "at the counter", "for …", "was …": things and occasions, not people.
        "Checkout", "Returns", "Return", "Refund", "Refunds", "Pickup", "Parking", "Shipping", "Payment", "Payments", "Queue", "People",
        "Food", "Coffee", "Prices", "Price", "Security", "Nothing", "Everything", "Something", "Management", "Reception", "Front", "Website",
        "App", "Online", "Product", "Products", "Quality", "Stock", "Packaging", "Installation", "Booking", "Check", "Wait", "Room", "Rooms",
        "Breakfast", "Dinner", "Lunch", "Table", "Bar", "Kitchen", "Pharmacy", "Cashier", "Waiter", "Waitress", "Server", "Barista", "Driver",
        "Courier", "Mum", "Mom", "Dad", "Wife", "Husband", "Son", "Daughter", "Kids", "Children", "Family", "Me", "Him", "Her", "Them", "Us",
        "Myself", "Christmas", "Xmas", "Easter", "Birthday", "Halloween", "Thanksgiving", "Valentine", "Valentines", "Ramadan", "Diwali",
        "Hanukkah", "Eid", "Mother", "Father", "Mothers", "Fathers", "Black", "Cyber", "Prime", "Everyone's", "Staff's", "Line", "Lines",
        "Service's", "Order's", "Item", "Items", "Parcel", "Package", "Box", "Size", "Sizes", "Colour", "Color", "Fit", "Shoes", "Shirt",
        "Dress", "Jacket", "Bag", "Phone's", "Card", "Gift", "Gifts", "Voucher", "Coupon", "Discount", "Sale", "Sales'", "Store's", "Shop's",
        "Support's", "Team's", "Email's", "Chat's", "Call", "Calls", "Hold", "Tracking", "Invoice", "Bill", "Billing's", "Plan", "Subscription",
        "Login", "Password", "Update", "Updates", "Version", "Feature", "Features", "Bug", "Bugs", "Crash", "Error", "Screen", "Button",
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "May", "Hotel", "Restaurant", "Cafe", "Café", "Bakery", "Clinic", "Office", "Branch", "Counter", "Desk", "Door", "Lobby",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Drops a non-name first word (then nothing is a name) and cuts the name at the first non-name word.</summary>
    public static (int Start, int End) Trim(string text, int start, int end)
    {
        var i = start;
        var lastGood = start;
        while (i < end)
        {
            var wordEnd = i;
            while (wordEnd < end && text[wordEnd] != ' ') wordEnd++;
            var word = text.AsSpan(i, wordEnd - i).TrimEnd('.');
            var lookup = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.Contains(word)) break;
            lastGood = wordEnd;
            i = wordEnd + 1;
        }
        return (start, lastGood);
    }
}
