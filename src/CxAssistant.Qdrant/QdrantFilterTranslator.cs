using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using CxAssistant.Data.Memory;
using Qdrant.Client.Grpc;
using Expression = System.Linq.Expressions.Expression;
using Range = Qdrant.Client.Grpc.Range;

namespace CxAssistant.Qdrant;

/// <summary>
/// Translates a VectorData filter (a LINQ predicate over <see cref="EvidenceChunkRecord"/>) into a Qdrant
/// <see cref="Filter"/>. Supported: <c>&amp;&amp;</c>, <c>||</c>, <c>!</c>; <c>==</c>/<c>!=</c> against a value or
/// null;
/// <c>&lt; &lt;= &gt; &gt;=</c> on numeric fields; <c>r.Touchpoints.Contains(x)</c>; <c>values.Contains(r.Field)</c>;
/// <c>r.Key == id</c>; the constant <c>true</c>. Anything else throws <see cref="NotSupportedException"/> naming the
/// expression rather than filtering client-side: a silently unfiltered search would show evidence the caller excluded.
/// </summary>
internal static class QdrantFilterTranslator
{
    /// <summary>The Qdrant filter, or null for a predicate that is constantly true.</summary>
    public static Filter? Translate(Expression<Func<EvidenceChunkRecord, bool>>? filter)
    {
        if (filter is null || filter.Body is ConstantExpression { Value: true })
        {
            return null;
        }
        var condition = Condition(filter.Body, filter.Parameters[0]);
        return condition.ConditionOneOfCase == global::Qdrant.Client.Grpc.Condition.ConditionOneOfOneofCase.Filter
            ? condition.Filter
            : new Filter { Must = { condition } };
    }

    private static Condition Condition(Expression node, ParameterExpression record) =>
        node switch
        {
            BinaryExpression { NodeType: ExpressionType.AndAlso } b => new Condition
            {
                Filter = new Filter { Must = { Condition(b.Left, record), Condition(b.Right, record) } },
            },
            BinaryExpression { NodeType: ExpressionType.OrElse } b => new Condition
            {
                Filter = new Filter { Should = { Condition(b.Left, record), Condition(b.Right, record) } },
            },
            UnaryExpression { NodeType: ExpressionType.Not } u => new Condition
            {
                Filter = new Filter { MustNot = { Condition(u.Operand, record) } },
            },
            BinaryExpression { NodeType: ExpressionType.Equal } b => Equality(b, record),
            BinaryExpression { NodeType: ExpressionType.NotEqual } b => new Condition
            {
                Filter = new Filter { MustNot = { Equality(b, record) } },
            },
            BinaryExpression b
                when b.NodeType
                    is ExpressionType.GreaterThan
                        or ExpressionType.GreaterThanOrEqual
                        or ExpressionType.LessThan
                        or ExpressionType.LessThanOrEqual => Range(b, record),
            MethodCallExpression { Method.Name: "Contains" } call => Contains(call, record),
            _ => throw Unsupported(node),
        };

    private static Condition Equality(BinaryExpression b, ParameterExpression record)
    {
        var (property, valueExpression) = Split(b, record);
        var value = Evaluate(valueExpression);
        if (property == nameof(EvidenceChunkRecord.Key))
        {
            return value is Guid id
                ? new Condition { HasId = new HasIdCondition { HasId = { id } } }
                : throw Unsupported(b);
        }
        var key = KeyOf(property, b);
        return value is null
            ? new Condition { IsNull = new IsNullCondition { Key = key } }
            : new Condition
            {
                Field = new FieldCondition { Key = key, Match = Match(value, b) },
            };
    }

    private static Condition Range(BinaryExpression b, ParameterExpression record)
    {
        var (property, valueExpression) = Split(b, record);
        var flipped = !IsField(b.Left, record, out _);
        var raw = Evaluate(valueExpression);
        double value = raw switch
        {
            int or long or short or byte or uint or double or float or decimal => Convert.ToDouble(
                raw,
                CultureInfo.InvariantCulture
            ),
            DateTimeOffset d => d.ToUnixTimeMilliseconds(),
            _ => throw new NotSupportedException($"Qdrant filter: range comparison '{b}' needs a numeric value."),
        };
        var range = (b.NodeType, flipped) switch
        {
            (ExpressionType.GreaterThan, false) or (ExpressionType.LessThan, true) => new Range { Gt = value },
            (ExpressionType.GreaterThanOrEqual, false) or (ExpressionType.LessThanOrEqual, true) => new Range
            {
                Gte = value,
            },
            (ExpressionType.LessThan, false) or (ExpressionType.GreaterThan, true) => new Range { Lt = value },
            _ => new Range { Lte = value },
        };
        return new Condition
        {
            Field = new FieldCondition { Key = KeyOf(property, b), Range = range },
        };
    }

    private static Condition Contains(MethodCallExpression call, ParameterExpression record)
    {
        // r.Touchpoints.Contains(x) is an instance call on List<string>; Enumerable/MemoryExtensions.Contains are
        // static.
        var args = call.Object is null ? call.Arguments.ToList() : [call.Object, .. call.Arguments];
        if (args.Count != 2)
        {
            throw Unsupported(call);
        }
        var collection = Unwrap(args[0]);
        if (
            IsField(collection, record, out var listProperty)
            && listProperty == nameof(EvidenceChunkRecord.Touchpoints)
        )
        {
            // A match on an array payload succeeds when any element matches (Qdrant filtering docs, "Match").
            var value = Evaluate(args[1]) ?? throw Unsupported(call);
            return new Condition
            {
                Field = new FieldCondition { Key = KeyOf(listProperty, call), Match = Match(value, call) },
            };
        }
        if (IsField(Unwrap(args[1]), record, out var property) && !References(collection, record))
        {
            var values = (Evaluate(collection) as IEnumerable ?? throw Unsupported(call)).Cast<object?>().ToList();
            if (values.Any(v => v is null))
            {
                throw new NotSupportedException(
                    $"Qdrant filter: '{call}' contains null, which match-any cannot express."
                );
            }
            var match =
                values.All(v => v is string)
                    ? new Match { Keywords = new RepeatedStrings { Strings = { values.Cast<string>() } } }
                : values.All(v => v is int or long)
                    ? new Match
                    {
                        Integers = new RepeatedIntegers
                        {
                            Integers = { values.Select(v => Convert.ToInt64(v, CultureInfo.InvariantCulture)) },
                        },
                    }
                : throw Unsupported(call);
            return new Condition
            {
                Field = new FieldCondition { Key = KeyOf(property, call), Match = match },
            };
        }
        throw Unsupported(call);
    }

    private static Match Match(object value, Expression node) =>
        value switch
        {
            string s => new Match { Keyword = s },
            int or long or short or byte or uint => new Match
            {
                Integer = Convert.ToInt64(value, CultureInfo.InvariantCulture),
            },
            bool b => new Match { Boolean = b },
            _ => throw new NotSupportedException(
                $"Qdrant filter: '{node}' compares with a {value.GetType().Name}, which has no exact-match form."
            ),
        };

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
    private static Expression Unwrap(Expression node) =>
        node switch
        {
            UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } u => Unwrap(
                u.Operand
            ),
            MethodCallExpression { Method.Name: "op_Implicit", Arguments.Count: 1 } c => Unwrap(c.Arguments[0]),
            _ => node,
        };

    private static bool References(Expression node, ParameterExpression record)
    {
        var finder = new ParameterFinder(record);
        finder.Visit(node);
        return finder.Found;
    }

    private static object? Evaluate(Expression node) =>
        Unwrap(node) is ConstantExpression constant
            ? constant.Value
            : Expression
                .Lambda<Func<object?>>(Expression.Convert(Unwrap(node), typeof(object)))
                .Compile(preferInterpretation: true)();

    private static string KeyOf(string property, Expression node) =>
        QdrantPayload.Fields.TryGetValue(property, out var field)
            ? field.Key
            : throw new NotSupportedException(
                $"Qdrant filter: '{node}' uses {property}, which is not stored in the payload."
            );

    private static NotSupportedException Unsupported(Expression node) =>
        new(
            $"Qdrant filter: '{node}' is not supported. Use ==, !=, <, <=, >, >= "
                + $"between a record property and a value, "
                + "r.Touchpoints.Contains(value), values.Contains(r.Property), combined with &&, || and !."
        );

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
