using System.Text.RegularExpressions;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Personas;

namespace CxAssistant.Analysis.Personas;

/// <summary>
/// Fills the empathy map from a segment's evidence. Says: representative quotes. Thinks: beliefs and worries in their
/// words, else the dominant intent. Does: workarounds in their words plus channel and repeat-contact figures.
/// Feels: dominant emotions with counts and a quote each. Sees: screens, emails, queues they describe, plus the
/// touchpoints they meet most. Hears: what staff and others tell them, including the staff side of their conversations.
/// </summary>
internal static class EmpathyDrafter
{
    private static readonly Regex AnyContent = new(
        @"\b(sorry|can't|cannot|backlog|policy|refund\w*|i'll|i will|we're|we are|should|usually|promise)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1)
    );

    public static EmpathyMap Draft(
        SegmentEvidence e,
        IReadOnlyList<EvidenceQuote> representative,
        IReadOnlyList<KeyTouchpoint> touchpoints,
        int max
    )
    {
        var says = representative.Take(Math.Min(3, max)).Select(q => PersonaItem.Quoted(q.Text, q)).ToList();
        return new EmpathyMap(
            says,
            Thinks(e, max),
            Does(e, max),
            Feels(e, max),
            Sees(e, touchpoints, max),
            Hears(e, max)
        );
    }

    private static List<PersonaItem> Thinks(SegmentEvidence e, int max)
    {
        var items = FromWords(e, PhraseCues.Thinks, max - 1);
        var intents = e
            .Customers.SelectMany(c =>
                c.Records.Select(i => e.Analysis.Annotations[i].Intent).Where(x => x != Intent.None).Distinct()
            )
            .GroupBy(x => x)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .FirstOrDefault();
        if (intents is not null && (items.Count == 0 || items.Count < max))
        {
            items.Add(
                PersonaItem.Computed(
                    IntentThought(intents.Key),
                    Facts.Customers(intents.Count(), e.Customers.Count) + " " + IntentVerb(intents.Key)
                )
            );
        }
        return items;
    }

    private static List<PersonaItem> Does(SegmentEvidence e, int max)
    {
        var items = FromWords(e, PhraseCues.Does, max - 2);
        var channels = e
            .Customers.SelectMany(c => c.Records.Select(i => e.Record(i).Channel).Distinct())
            .GroupBy(c => c)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .Take(2)
            .ToList();
        if (channels.Count > 0)
        {
            items.Add(
                PersonaItem.Computed(
                    "Gets in touch through " + string.Join(" and ", channels.Select(g => ChannelWords(g.Key))),
                    string.Join(
                        "; ",
                        channels.Select(g => $"{ChannelWords(g.Key)}: {Facts.Customers(g.Count(), e.Customers.Count)}")
                    )
                )
            );
        }
        var repeat = e.Customers.Count(c => c.Records.Count > 1);
        items.Add(
            PersonaItem.Computed(
                repeat * 2 >= e.Customers.Count
                    ? "Comes back and gives feedback more than once"
                    : "Mostly gives feedback once",
                $"{Facts.Customers(repeat, e.Customers.Count)} have more than one "
                    + $"record; {(double)e.RecordCount / Math.Max(1, e.Customers.Count):0.0} "
                    + $"records per customer"
            )
        );
        return items;
    }

    private static List<PersonaItem> Feels(SegmentEvidence e, int max)
    {
        var items = new List<PersonaItem>();
        var byEmotion = e
            .Customers.SelectMany(
                (c, ci) =>
                    c.Records.SelectMany(i => e.Analysis.Annotations[i].Emotions).Distinct().Select(em => (em, ci))
            )
            .GroupBy(x => x.em)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .Take(max);
        foreach (var g in byEmotion)
        {
            var label = CueLabels.Emotion + g.Key.ToString().ToLowerInvariant();
            EvidenceQuote? quote = null;
            foreach (var c in e.Customers)
            {
                foreach (var i in c.Records)
                {
                    var cue = e.Analysis.Annotations[i].Cues.FirstOrDefault(x => x.Label == label);
                    if (cue is not null && (quote = e.Quote(i, cue.Start, cue.End)) is not null)
                    {
                        break;
                    }
                }
                if (quote is not null)
                {
                    break;
                }
            }
            var fact = Facts.Customers(g.Count(), e.Customers.Count);
            items.Add(new PersonaItem(g.Key.ToString(), quote is null ? [] : [quote], fact));
        }
        return items;
    }

    private static List<PersonaItem> Sees(SegmentEvidence e, IReadOnlyList<KeyTouchpoint> touchpoints, int max)
    {
        var items = FromWords(e, PhraseCues.Sees, max - 1);
        if (touchpoints.Count > 0)
        {
            items.Add(
                PersonaItem.Computed(
                    "Meets " + string.Join(", ", touchpoints.Take(3).Select(t => t.Name)) + " most",
                    string.Join(
                        "; ",
                        touchpoints
                            .Take(3)
                            .Select(t =>
                                $"{t.Name}: {t.Mentions} mentions, mean sentiment {Facts.Signed(t.MeanSentiment)}"
                            )
                    )
                )
            );
        }
        return items;
    }

    private static List<PersonaItem> Hears(SegmentEvidence e, int max)
    {
        var items = FromWords(e, PhraseCues.Hears, max - 1);
        foreach (var (quote, _, _) in e.Find(AnyContent, Math.Max(1, max - items.Count), heard: true))
        {
            items.Add(PersonaItem.Quoted("Staff tell them", quote));
        }
        if (items.Count == 0)
        {
            var talked = e.Customers.Count(c => c.HeardTurns.Count > 0);
            items.Add(
                PersonaItem.Computed(
                    talked == 0
                        ? "Hears little from the business directly: no staff conversation on record"
                        : "Talks to staff on the phone or in chat",
                    $"{Facts.Customers(talked, e.Customers.Count)} have a recorded conversation with staff"
                )
            );
        }
        return items;
    }

    private static List<PersonaItem> FromWords(SegmentEvidence e, Regex pattern, int max) =>
        [.. e.Find(pattern, Math.Max(1, max)).Select(f => PersonaItem.Quoted(f.Quote.Text, f.Quote))];

    private static string IntentThought(Intent intent) =>
        intent switch
        {
            Intent.Complaint => "Thinks the business should fix what keeps going wrong",
            Intent.Praise => "Thinks the product is worth coming back for",
            Intent.Question => "Wonders how things work and wants clear answers",
            Intent.Suggestion => "Has ideas for how it could work better",
            Intent.HelpRequest => "Needs someone to sort a problem out",
            _ => "Has a view on the experience",
        };

    private static string IntentVerb(Intent intent) =>
        intent switch
        {
            Intent.Complaint => "complain",
            Intent.Praise => "praise",
            Intent.Question => "ask questions",
            Intent.Suggestion => "make suggestions",
            Intent.HelpRequest => "ask for help",
            _ => "",
        };

    public static string ChannelWords(Channel channel) =>
        channel switch
        {
            Channel.Survey => "surveys",
            Channel.Review => "reviews",
            Channel.SupportCall => "phone calls",
            Channel.Chat => "chat",
            Channel.Email => "email",
            Channel.Social => "social media",
            Channel.SalesNote => "account meetings",
            _ => "other channels (comments, posts)",
        };
}
