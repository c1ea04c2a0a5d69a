using Grpc.Core;
using Qdrant.Client.Grpc;

namespace CxAssistant.Qdrant.Testing;

/// <summary>
/// Qdrant filter semantics (Qdrant docs, "Filtering"): <c>must</c> all, <c>should</c> at least one (when any),
/// <c>must_not</c> none; <c>match</c> on an array payload succeeds when any element matches; <c>is_null</c> matches a
/// key
/// whose value is null (a missing key is not null); a range compares numbers. Under strict mode with unindexed
/// filtering
/// off, a condition on a key without a suitable payload index is refused with Qdrant's own message
/// (lib/collection/src/operations/verification/mod.rs).
/// </summary>
internal static class FakeFilter
{
    public static bool Matches(Filter? filter, StoredPoint point)
    {
        if (filter is null)
        {
            return true;
        }
        if (!filter.Must.All(c => Matches(c, point)))
        {
            return false;
        }
        if (filter.Should.Count > 0 && !filter.Should.Any(c => Matches(c, point)))
        {
            return false;
        }
        return !filter.MustNot.Any(c => Matches(c, point));
    }

    public static Filter? Merge(Filter? outer, Filter? inner) =>
        outer is null ? inner
        : inner is null ? outer
        : new Filter
        {
            Must =
            {
                new Condition { Filter = outer },
                new Condition { Filter = inner },
            },
        };

    /// <summary>Throws INVALID_ARGUMENT when strict mode forbids filtering on a key without a matching index.</summary>
    public static void CheckIndexed(FakeCollection collection, Filter? filter)
    {
        if (filter is null || collection.Strict is not { Enabled: true, UnindexedFilteringRetrieve: false })
        {
            return;
        }
        foreach (var (key, allowed) in Keys(filter))
        {
            if (collection.Indexes.TryGetValue(key, out var type) && allowed.Contains(type))
            {
                continue;
            }
            var names = string.Join(
                ", ",
                allowed.Select(a => a.ToString().ToLowerInvariant()).Order(StringComparer.Ordinal)
            );
            throw new RpcException(
                new Status(
                    StatusCode.InvalidArgument,
                    $"Bad request: Index required but not found for \"{key}\" of one of the "
                        + $"following types: [{names}]. "
                        + "Help: Create an index for this key or use a different filter."
                )
            );
        }
    }

    private static IEnumerable<(string Key, PayloadSchemaType[] Allowed)> Keys(Filter filter)
    {
        foreach (var condition in filter.Must.Concat(filter.Should).Concat(filter.MustNot))
        {
            switch (condition.ConditionOneOfCase)
            {
                case Condition.ConditionOneOfOneofCase.Filter:
                    foreach (var key in Keys(condition.Filter))
                    {
                        yield return key;
                    }
                    break;
                case Condition.ConditionOneOfOneofCase.Field:
                    yield return (condition.Field.Key, AllowedIndexes(condition.Field));
                    break;
                case Condition.ConditionOneOfOneofCase.IsNull:
                    yield return (condition.IsNull.Key, Enum.GetValues<PayloadSchemaType>());
                    break;
            }
        }
    }

    private static PayloadSchemaType[] AllowedIndexes(FieldCondition field) =>
        field.Match?.MatchValueCase switch
        {
            Match.MatchValueOneofCase.Keyword
            or Match.MatchValueOneofCase.Keywords
            or Match.MatchValueOneofCase.ExceptKeywords => [PayloadSchemaType.Keyword],
            Match.MatchValueOneofCase.Integer
            or Match.MatchValueOneofCase.Integers
            or Match.MatchValueOneofCase.ExceptIntegers => [PayloadSchemaType.Integer],
            Match.MatchValueOneofCase.Boolean => [PayloadSchemaType.Bool],
            _ when field.Range is not null => [PayloadSchemaType.Integer, PayloadSchemaType.Float],
            _ => throw new RpcException(
                new Status(StatusCode.Unimplemented, $"contract server: condition on '{field.Key}' not implemented")
            ),
        };

    private static bool Matches(Condition condition, StoredPoint point) =>
        condition.ConditionOneOfCase switch
        {
            Condition.ConditionOneOfOneofCase.Filter => Matches(condition.Filter, point),
            Condition.ConditionOneOfOneofCase.HasId => condition.HasId.HasId.Any(id =>
                StoredPoint.OrderKey(id) == point.Key
            ),
            Condition.ConditionOneOfOneofCase.IsNull => point.Payload.TryGetValue(condition.IsNull.Key, out var v)
                && v.KindCase == Value.KindOneofCase.NullValue,
            Condition.ConditionOneOfOneofCase.Field => Matches(condition.Field, point),
            _ => throw new RpcException(
                new Status(
                    StatusCode.Unimplemented,
                    $"contract server: {condition.ConditionOneOfCase} conditions are not implemented"
                )
            ),
        };

    private static bool Matches(FieldCondition field, StoredPoint point)
    {
        if (!point.Values.TryGetValue(field.Key, out var values))
        {
            return false;
        }
        if (field.Range is { } range)
        {
            return values.Any(v =>
                Number(v) is { } n
                && (!range.HasGt || n > range.Gt)
                && (!range.HasGte || n >= range.Gte)
                && (!range.HasLt || n < range.Lt)
                && (!range.HasLte || n <= range.Lte)
            );
        }
        var match = field.Match;
        return match.MatchValueCase switch
        {
            Match.MatchValueOneofCase.Keyword => values.Any(v =>
                v.KindCase == Value.KindOneofCase.StringValue && v.StringValue == match.Keyword
            ),
            Match.MatchValueOneofCase.Keywords => values.Any(v =>
                v.KindCase == Value.KindOneofCase.StringValue && match.Keywords.Strings.Contains(v.StringValue)
            ),
            Match.MatchValueOneofCase.Integer => values.Any(v =>
                v.KindCase == Value.KindOneofCase.IntegerValue && v.IntegerValue == match.Integer
            ),
            Match.MatchValueOneofCase.Integers => values.Any(v =>
                v.KindCase == Value.KindOneofCase.IntegerValue && match.Integers.Integers.Contains(v.IntegerValue)
            ),
            Match.MatchValueOneofCase.Boolean => values.Any(v =>
                v.KindCase == Value.KindOneofCase.BoolValue && v.BoolValue == match.Boolean
            ),
            _ => throw new RpcException(
                new Status(StatusCode.Unimplemented, $"contract server: match {match.MatchValueCase} not implemented")
            ),
        };
    }

    private static double? Number(Value v) =>
        v.KindCase switch
        {
            Value.KindOneofCase.IntegerValue => v.IntegerValue,
            Value.KindOneofCase.DoubleValue => v.DoubleValue,
            _ => null,
        };
}
