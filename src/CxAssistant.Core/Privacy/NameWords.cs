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
