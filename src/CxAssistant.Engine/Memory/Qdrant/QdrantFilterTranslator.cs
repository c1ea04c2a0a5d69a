using System.Collections;
using System.Linq.Expressions;
using System.Text.Json.Nodes;

namespace CxAssistant.Engine.Memory.Qdrant;

/// <summary>
/// Translates a VectorData filter (a LINQ predicate over <see cref="EvidenceChunkRecord"/>) into a Qdrant filter.
/// Supported: <c>&amp;&amp;</c>, <c>||</c>, <c>!</c>; <c>==</c>/<c>!=</c> against a value or null; <c>&lt; &lt;= &gt; &gt;=</c> on numeric
/// fields; <c>r.Touchpoints.Contains(x)</c>; <c>values.Contains(r.Field)</c>; <c>r.Key == id</c>.
/// Anything else throws <see cref="NotSupportedException"/> naming the expression, rather than filtering client-side,
/// because a silently unfiltered search would return evidence the caller excluded.
/// </summary>
internal static class QdrantFilterTranslator
{
    public static JsonObject Translate(Expression<Func<EvidenceChunkRecord, bool>> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var condition = Condition(filter.Body, filter.Parameters[0]);

        // The top level must be a filter object; wrap a single condition.
        return condition.ContainsKey("must") || condition.ContainsKey("should") || condition.ContainsKey("must_not")
            ? condition
            : new JsonObject { ["must"] = new JsonArray(condition) };
    }

    private static JsonObject Condition(Expression node, ParameterExpression record) => node switch
    {
        BinaryExpression { NodeType: ExpressionType.AndAlso } b => new JsonObject { ["must"] = new JsonArray(Condition(b.Left, record), Condition(b.Right, record)) },
        BinaryExpression { NodeType: ExpressionType.OrElse } b => new JsonObject { ["should"] = new JsonArray(Condition(b.Left, record), Condition(b.Right, record)) },
        UnaryExpression { NodeType: ExpressionType.Not } u => new JsonObject { ["must_not"] = new JsonArray(Condition(u.Operand, record)) },
        BinaryExpression { NodeType: ExpressionType.Equal } b => Equality(b, record),
        BinaryExpression { NodeType: ExpressionType.NotEqual } b => new JsonObject { ["must_not"] = new JsonArray(Equality(b, record)) },
        BinaryExpression b when b.NodeType is ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual => Range(b, record),
        MethodCallExpression { Method.Name: "Contains" } call => Contains(call, record),
        _ => throw Unsupported(node),
    };

    private static JsonObject Equality(BinaryExpression b, ParameterExpression record)
    {
        var (property, valueExpression) = Split(b, record);
        var value = Evaluate(valueExpression);
        if (property == nameof(EvidenceChunkRecord.Key))
        {
            return value is Guid id
                ? new JsonObject { ["has_id"] = new JsonArray(QdrantPointMapper.IdOf(id)) }
                : throw Unsupported(b);
        }

        var key = KeyOf(property, b);
        return value is null
            ? new JsonObject { ["is_null"] = new JsonObject { ["key"] = key } }
            : new JsonObject { ["key"] = key, ["match"] = new JsonObject { ["value"] = Json(value, b) } };
    }

    private static JsonObject Range(BinaryExpression b, ParameterExpression record)
    {
        var (property, valueExpression) = Split(b, record);
        var flipped = !IsField(b.Left, record, out _);
        var op = (b.NodeType, flipped) switch
        {
            (ExpressionType.GreaterThan, false) or (ExpressionType.LessThan, true) => "gt",
            (ExpressionType.GreaterThanOrEqual, false) or (ExpressionType.LessThanOrEqual, true) => "gte",
            (ExpressionType.LessThan, false) or (ExpressionType.GreaterThan, true) => "lt",
            _ => "lte",
        };
        var value = Evaluate(valueExpression);
        if (value is null or string or bool or Guid)
        {
            throw new NotSupportedException($"Qdrant filter: range comparison '{b}' needs a numeric value.");
        }

        return new JsonObject { ["key"] = KeyOf(property, b), ["range"] = new JsonObject { [op] = Json(value, b) } };
    }

    private static JsonObject Contains(MethodCallExpression call, ParameterExpression record)
    {
        // r.Touchpoints.Contains(x) is an instance call on List<string>; Enumerable/MemoryExtensions.Contains are static.
        var args = call.Object is null ? call.Arguments.ToList() : [call.Object, .. call.Arguments];
        if (args.Count != 2)
        {
            throw Unsupported(call);
        }

        var collection = Unwrap(args[0]);
        if (IsField(collection, record, out var listProperty) && listProperty == nameof(EvidenceChunkRecord.Touchpoints))
        {
            // Qdrant's match on an array payload succeeds when any element matches.
            return new JsonObject { ["key"] = KeyOf(listProperty, call), ["match"] = new JsonObject { ["value"] = Json(Evaluate(args[1]) ?? throw Unsupported(call), call) } };
        }

        if (IsField(Unwrap(args[1]), record, out var property) && !References(collection, record))
        {
            var values = Evaluate(collection) as IEnumerable ?? throw Unsupported(call);
            var any = new JsonArray();
            foreach (var value in values)
            {
                any.Add(Json(value ?? throw new NotSupportedException($"Qdrant filter: '{call}' contains null, which match.any cannot express."), call));
            }

            return new JsonObject { ["key"] = KeyOf(property, call), ["match"] = new JsonObject { ["any"] = any } };
        }

        throw Unsupported(call);
    }

    private static (string Property, Expression Value) Split(BinaryExpression b, ParameterExpression record)
    {
        if (IsField(b.Left, record, out var left) && !References(b.Right, record))
        {
            return (left, b.Right);
        }

        if (IsField(b.Right, record, out var right) && !References(b.Left, record))
        {
            return (right, b.Left);
        }

        throw Unsupported(b);
    }

    private static bool IsField(Expression node, ParameterExpression record, out string property)
    {
        if (Unwrap(node) is MemberExpression { Expression: ParameterExpression p } member && p == record)
        {
            property = member.Member.Name;
            return true;
        }

        property = "";
        return false;
    }

    // Lifted comparisons wrap fields in Convert; C# 14 wraps arrays in an implicit span conversion.
    private static Expression Unwrap(Expression node) => node switch
    {
        UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } u => Unwrap(u.Operand),
        MethodCallExpression { Method.Name: "op_Implicit", Arguments.Count: 1 } c => Unwrap(c.Arguments[0]),
        _ => node,
    };

    private static bool References(Expression node, ParameterExpression record)
    {
        var finder = new ParameterFinder(record);
        finder.Visit(node);
        return finder.Found;
    }

    private static object? Evaluate(Expression node)
    {
        var unwrapped = Unwrap(node);
        if (unwrapped is ConstantExpression constant)
        {
            return constant.Value;
        }

        return Expression.Lambda<Func<object?>>(Expression.Convert(unwrapped, typeof(object))).Compile(preferInterpretation: true)();
    }

    private static string KeyOf(string property, Expression node) =>
        QdrantPointMapper.Fields.TryGetValue(property, out var field)
            ? field.Key
            : throw new NotSupportedException($"Qdrant filter: '{node}' uses {property}, which is not stored in the payload.");

    private static JsonNode Json(object value, Expression node) => value switch
    {
        string s => JsonValue.Create(s),
        int or long or short or byte or uint => JsonValue.Create(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)),
        double or float or decimal => JsonValue.Create(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)),
        bool b => JsonValue.Create(b),
        DateTimeOffset d => JsonValue.Create(d.ToUnixTimeMilliseconds()),
        _ => throw new NotSupportedException($"Qdrant filter: '{node}' compares with a {value.GetType().Name}, which has no Qdrant payload form."),
    };

    private static NotSupportedException Unsupported(Expression node) => new(
        $"Qdrant filter: '{node}' is not supported. Use ==, !=, <, <=, >, >= between a record property and a value, " +
        "r.Touchpoints.Contains(value), values.Contains(r.Property), combined with &&, || and !.");

    private sealed class ParameterFinder(ParameterExpression record) : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found |= node == record;
            return node;
        }
    }
}
