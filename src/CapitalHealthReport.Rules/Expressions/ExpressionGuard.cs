using System.Linq.Expressions;
using System.Reflection;

namespace CapitalHealthReport.Rules.Expressions;

/// <summary>
/// Checks a parsed rule expression against an allow-list before it is ever compiled: member access on the
/// rule model types (<see cref="MetricsView"/>, <see cref="KeyedMetric"/>, <see cref="ParamsView"/>,
/// <see cref="RuleScope"/>), arithmetic, comparison, logical and conditional operators, <see cref="Math"/>
/// functions, and string comparison. Anything else (file system, processes, network, environment, reflection,
/// object creation, delegates) is refused, whatever the text says. Also records which metrics the expression
/// reads, for the evidence of a finding.
/// </summary>
internal sealed class ExpressionGuard : ExpressionVisitor
{
    private static readonly HashSet<Type> ModelTypes = [typeof(MetricsView), typeof(KeyedMetric), typeof(ParamsView), typeof(RuleScope)];

    private static readonly HashSet<Type> ValueTypes =
    [
        typeof(bool), typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int), typeof(uint),
        typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal), typeof(char), typeof(string),
    ];

    private static readonly HashSet<string> StringMethods =
    [
        "Equals", "Compare", "CompareOrdinal", "CompareTo", "StartsWith", "EndsWith", "Contains", "IsNullOrEmpty",
        "IsNullOrWhiteSpace", "ToUpperInvariant", "ToLowerInvariant", "Trim", "op_Equality", "op_Inequality",
    ];

    private static readonly HashSet<string> ForbiddenModelMembers = [nameof(MetricsView.Set), "Entries", "StrategicSectors"];

    /// <summary>The deepest expression tree allowed: far beyond any real condition, far below what compiling one can survive.</summary>
    public const int MaxDepth = 100;

    private readonly List<string> _violations = [];
    private readonly List<string> _unknownNames = [];
    private readonly List<MetricReference> _references = [];
    private readonly List<Type> _created = [];
    private int _depth;
    private bool _tooDeep;

    private ExpressionGuard()
    {
    }

    /// <summary>
    /// Checks <paramref name="expression"/>; returns the violations (empty when allowed), the types it would construct
    /// or convert to explicitly (<c>decimal(0.5)</c>, <c>DateTime(2024, 1, 1)</c>; each also a violation), the names in
    /// string literals that name nothing (<c>Metrics.Has("hhi_typo")</c>, <c>Metrics.InvestorTypeShare["Goverment"]</c>)
    /// and the metrics it reads.
    /// </summary>
    public static (IReadOnlyList<string> Violations, IReadOnlyList<Type> Created, IReadOnlyList<string> UnknownNames, IReadOnlyList<MetricReference> References) Check(Expression expression)
    {
        var guard = new ExpressionGuard();
        guard.Visit(expression);
        var references = guard._references.Distinct().ToList();
        return (guard._violations.Distinct(StringComparer.Ordinal).ToList(), guard._created.Distinct().ToList(),
            guard._unknownNames.Distinct(StringComparer.Ordinal).ToList(), references);
    }

    public override Expression? Visit(Expression? node)
    {
        if (node is null)
        {
            return null;
        }

        if (_depth >= MaxDepth)
        {
            if (!_tooDeep)
            {
                _tooDeep = true;
                _violations.Add($"it nests more than {MaxDepth} operations deep; split it into simpler conditions");
            }

            return node;
        }

        _depth++;
        try
        {
            return VisitAllowed(node);
        }
        finally
        {
            _depth--;
        }
    }

    private Expression VisitAllowed(Expression node)
    {
        switch (node.NodeType)
        {
            case ExpressionType.Lambda:
            case ExpressionType.Parameter:
            case ExpressionType.Constant:
            case ExpressionType.MemberAccess:
            case ExpressionType.Call:
            case ExpressionType.Conditional:
            case ExpressionType.Add:
            case ExpressionType.Subtract:
            case ExpressionType.Multiply:
            case ExpressionType.Divide:
            case ExpressionType.Modulo:
            case ExpressionType.Power:
            case ExpressionType.Negate:
            case ExpressionType.UnaryPlus:
            case ExpressionType.Not:
            case ExpressionType.AndAlso:
            case ExpressionType.OrElse:
            case ExpressionType.And:
            case ExpressionType.Or:
            case ExpressionType.Equal:
            case ExpressionType.NotEqual:
            case ExpressionType.LessThan:
            case ExpressionType.LessThanOrEqual:
            case ExpressionType.GreaterThan:
            case ExpressionType.GreaterThanOrEqual:
            case ExpressionType.Coalesce:
            case ExpressionType.Convert:
            case ExpressionType.Index:
                return base.Visit(node)!;
            case ExpressionType.New:
            case ExpressionType.ConvertChecked:
                // decimal(0.5) or DateTime(2024, 1, 1): the caller explains what to write instead.
                _created.Add(node.Type);
                return base.Visit(node)!;
            default:
                _violations.Add($"'{node.NodeType}' expressions are not allowed");
                return node;
        }
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        if (!ModelTypes.Contains(node.Type))
        {
            _violations.Add($"parameter '{node.Name}' of type {node.Type.FullName} is not a rule model type");
        }

        return node;
    }

    protected override Expression VisitConstant(ConstantExpression node)
    {
        if (node.Value is not null && !ValueTypes.Contains(node.Type) && !node.Type.IsEnum)
        {
            _violations.Add($"a constant of type {node.Type.FullName} is not allowed");
        }

        return node;
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        var declaring = node.Member.DeclaringType;
        if (node.Expression is null)
        {
            _violations.Add($"static member {Describe(node.Member)} is not allowed");
            return base.VisitMember(node);
        }

        if (declaring == typeof(string) && node.Member.Name == nameof(string.Length))
        {
            return base.VisitMember(node);
        }

        if (declaring is null || !ModelTypes.Contains(declaring) || ForbiddenModelMembers.Contains(node.Member.Name))
        {
            _violations.Add($"member {Describe(node.Member)} is not allowed");
            return base.VisitMember(node);
        }

        Record(node, null);
        return base.VisitMember(node);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var method = node.Method;
        var declaring = method.DeclaringType;
        var allowed =
            (declaring == typeof(Math) && method.IsStatic)
            || (declaring == typeof(string) && StringMethods.Contains(method.Name) && method.GetParameters().All(p => p.ParameterType == typeof(string) || p.ParameterType == typeof(StringComparison) || p.ParameterType == typeof(char)))
            || (declaring is not null && ModelTypes.Contains(declaring) && !method.IsStatic && method.IsPublic && !IsObjectMethod(method))
            || (declaring is not null && declaring.IsPrimitive && method.Name is "CompareTo" or "Equals");
        if (!allowed)
        {
            _violations.Add($"calling {Describe(method)} is not allowed");
            return base.VisitMethodCall(node);
        }

        if (method.IsSpecialName && method.Name.StartsWith("get_", StringComparison.Ordinal) && ForbiddenModelMembers.Contains(method.Name[4..])
            && declaring is not null && ModelTypes.Contains(declaring))
        {
            // The accessor method is the member by another name: Metrics.get_Set() is Metrics.Set.
            _violations.Add($"calling {Describe(method)} is not allowed");
            return base.VisitMethodCall(node);
        }

        if (declaring == typeof(KeyedMetric) && method.Name == "get_Item" && node.Object is MemberExpression keyed)
        {
            Record(keyed, node.Arguments[0] is ConstantExpression { Value: string key } ? key : null);
            if (node.Arguments[0] is ConstantExpression { Value: string literal })
            {
                CheckKey(keyed, literal);
            }
        }

        if (method.Name == nameof(MetricsView.Has) && node.Arguments is [ConstantExpression { Value: string name }])
        {
            if (declaring == typeof(MetricsView))
            {
                CheckMetricName(name);
            }
            else if (declaring == typeof(KeyedMetric) && node.Object is MemberExpression keyedMetric)
            {
                CheckKey(keyedMetric, name);
            }
        }

        return base.VisitMethodCall(node);
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.Method is { } method && method.DeclaringType != typeof(string) && method.DeclaringType != typeof(decimal) && method.DeclaringType != typeof(Math))
        {
            _violations.Add($"operator {Describe(method)} is not allowed");
            return node;
        }

        return base.VisitBinary(node);
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        if (node.NodeType == ExpressionType.Convert)
        {
            var target = Nullable.GetUnderlyingType(node.Type) ?? node.Type;
            if (!ValueTypes.Contains(target) && target != typeof(object))
            {
                _violations.Add($"conversion to {node.Type.FullName} is not allowed");
                return node;
            }
        }

        if (node.Method is { } method && method.DeclaringType != typeof(decimal))
        {
            _violations.Add($"operator {Describe(method)} is not allowed");
            return node;
        }

        return base.VisitUnary(node);
    }

    protected override Expression VisitIndex(IndexExpression node)
    {
        if (node.Object?.Type != typeof(KeyedMetric))
        {
            _violations.Add($"indexing into {node.Object?.Type.FullName} is not allowed");
            return node;
        }

        if (node.Object is MemberExpression keyed)
        {
            Record(keyed, node.Arguments[0] is ConstantExpression { Value: string key } ? key : null);
            if (node.Arguments[0] is ConstantExpression { Value: string literal })
            {
                CheckKey(keyed, literal);
            }
        }

        return base.VisitIndex(node);
    }

    /// <summary>A metric named in <c>Metrics.Has("…")</c> must be one of the catalog (snake_case or PascalCase): any other is never there.</summary>
    private void CheckMetricName(string name)
    {
        if (Metrics.MetricCatalog.Find(name) is not null)
        {
            return;
        }

        var candidates = Metrics.MetricCatalog.All.SelectMany(static m => new[] { m.JsonName, m.PropertyName });
        _unknownNames.Add($"unknown metric '{name}' in Has(\"{name}\"), which is therefore always false; {Text.Spelling.BeforeList(name, candidates)}"
            + $"metrics are named in snake_case or PascalCase: {string.Join(", ", Metrics.MetricCatalog.All.Select(static m => m.JsonName))}");
    }

    /// <summary>A string key of a stage or investor-type metric (<c>Metrics.InvestorTypeShare["Goverment"]</c>) must be in its closed set.</summary>
    private void CheckKey(MemberExpression keyed, string key)
    {
        if (keyed.Member.DeclaringType == typeof(MetricsView) && Metrics.MetricCatalog.Find(keyed.Member.Name) is { } metric
            && ClosedKeys.Problem(metric, key) is { } problem)
        {
            _unknownNames.Add(problem);
        }
    }

    private void Record(MemberExpression node, string? key)
    {
        if (node.Member.DeclaringType == typeof(MetricsView) && node.Expression is ParameterExpression parameter && node.Member is PropertyInfo property)
        {
            var isKeyed = property.PropertyType == typeof(KeyedMetric);
            if (isKeyed && key is null)
            {
                return;
            }

            _references.Add(new MetricReference(parameter.Name ?? "Metrics", property.Name, key));
        }
        else if (node.Member.DeclaringType == typeof(KeyedMetric) && node.Member.Name is "Max" or "Min"
                 && node.Expression is MemberExpression { Expression: ParameterExpression p, Member: PropertyInfo keyedProperty })
        {
            _references.Add(new MetricReference(p.Name ?? "Metrics", keyedProperty.Name, node.Member.Name == "Max" ? "#max" : "#min"));
        }
    }

    private static bool IsObjectMethod(MethodInfo method) =>
        method.Name is nameof(GetType) or nameof(GetHashCode) or nameof(ToString) or nameof(Equals) or "MemberwiseClone" or "Finalize";

    private static string Describe(MemberInfo member) => $"{member.DeclaringType?.FullName ?? "?"}.{member.Name}";
}

/// <summary>A metric an expression reads: parameter (<c>Metrics</c>, <c>Prev</c>, <c>Yoy</c>), property, and key for keyed metrics.</summary>
internal sealed record MetricReference(string Source, string Property, string? Key)
{
    /// <summary>Evidence name: <c>top_quintile_share</c>, <c>yoy.hot_sector_value_share</c>, <c>region_count_share.Beijing</c>.</summary>
    public string EvidenceName
    {
        get
        {
            var name = Metrics.MetricCatalog.ToSnakeCase(Property);
            if (Key is not null)
            {
                name += "." + Key.TrimStart('#');
            }

            return Source switch
            {
                "Prev" => "prev." + name,
                "Yoy" => "yoy." + name,
                _ => name,
            };
        }
    }

    /// <summary>Reads the referenced value from the views; null when undefined.</summary>
    public double? Read(MetricsView metrics, MetricsView prev, MetricsView yoy)
    {
        var view = Source switch
        {
            "Prev" => prev,
            "Yoy" => yoy,
            _ => metrics,
        };
        double value;
        if (Key is null)
        {
            var property = typeof(MetricsView).GetProperty(Property);
            var raw = property?.GetValue(view);
            value = raw switch
            {
                double d => d,
                int i => i,
                _ => double.NaN,
            };
        }
        else
        {
            var keyed = (KeyedMetric?)typeof(MetricsView).GetProperty(Property)?.GetValue(view);
            value = keyed is null ? double.NaN : Key switch
            {
                "#max" => keyed.Max,
                "#min" => keyed.Min,
                _ => keyed[Key],
            };
        }

        return double.IsNaN(value) || double.IsInfinity(value) ? null : value;
    }
}
