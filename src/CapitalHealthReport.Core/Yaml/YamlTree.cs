using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CapitalHealthReport.Yaml;

/// <summary>A YAML node with its 1-based source position, for messages that point at the offending text.</summary>
public abstract class YNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>What the node is, for messages: "a value", "a list" or "a mapping".</summary>
    public abstract string Kind { get; }
}

/// <summary>A scalar value; <see cref="IsNull"/> for an empty plain scalar, <c>~</c> or <c>null</c>.</summary>
public sealed class YScalar(string value, bool isPlain, int line, int column) : YNode(line, column)
{
    public string Value { get; } = value;

    /// <summary>True for an unquoted scalar (where <c>null</c> and <c>~</c> mean no value).</summary>
    public bool IsPlain { get; } = isPlain;

    public bool IsNull => IsPlain && (Value.Length == 0 || Value is "~" or "null" or "Null" or "NULL");

    public override string Kind => "a value";
}

public sealed class YSequence(IReadOnlyList<YNode> items, int line, int column) : YNode(line, column)
{
    public IReadOnlyList<YNode> Items { get; } = items;

    public override string Kind => "a list";
}

public sealed class YMapping(IReadOnlyList<KeyValuePair<YScalar, YNode>> entries, int line, int column) : YNode(line, column)
{
    public IReadOnlyList<KeyValuePair<YScalar, YNode>> Entries { get; } = entries;

    public override string Kind => "a mapping";
}

/// <summary>
/// Reads a small YAML document (mapping files, reference tables, rule packs, configuration, a report's front matter)
/// into a tree with positions, using YamlDotNet's event parser. Anchors and aliases are refused (never expanded, so
/// no alias bombs), nesting is limited to <see cref="MaxDepth"/> levels and the document to <see cref="MaxNodes"/>
/// values, keys must be plain values and may not repeat; each refusal is an <see cref="InputException"/> with file,
/// line and column. The text itself is read within the input's size limit (<see cref="IO.BoundedFile"/>), so memory
/// and work stay proportional to that limit.
/// </summary>
public static class YamlTree
{
    /// <summary>Deepest nesting accepted, the document's root being level 1 (see <c>ResourceLimits.MaxYamlDepth</c>).</summary>
    public const int MaxDepth = 64;

    /// <summary>Most values (scalars, lists, mappings) in one document: one per 16 bytes of the largest YAML file read (4 MB).</summary>
    public const int MaxNodes = 262_144;

    private const string AnchorHint = "Write the values out in full instead of using anchors (&) and aliases (*).";

    /// <summary>Parses one document; an empty file yields null.</summary>
    public static YNode? Parse(string text, string file)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            if (parser.Accept<DocumentEnd>(out _))
            {
                return null;
            }

            var nodes = 0;
            var root = ReadNode(parser, file, 1, ref nodes);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var current = parser.Current!;
                throw new InputException("holds more than one YAML document.", file, Line(current.Start), Column(current.Start), "Keep one document per file (remove the '---' separators).");
            }

            return root;
        }
        catch (YamlException ex)
        {
            var reason = StripLocation(ex.InnerException?.Message ?? ex.Message);
            var tab = reason.Contains("tab", StringComparison.OrdinalIgnoreCase) ? TabIndentation(text, ex.Start) : null;
            var (line, column) = tab ?? (Line(ex.Start), Column(ex.Start));
            var hint = tab is null ? "Check the indentation, quoting and colons near that position." : "YAML indents with spaces only: replace the tab with spaces.";
            throw new InputException($"is not valid YAML: {reason}", file, line, column, hint, ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet fails this way on some malformed input: an unclosed flow collection ('{' or '[' followed by
            // block text) stops its scanner, and a tag that is not a URI (!<a b>) its parser.
            var at = parser.Current?.Start;
            var reason = ex is ArgumentException argument
                ? argument.Message.Replace($" (Parameter '{argument.ParamName}')", "", StringComparison.Ordinal)
                : "an unclosed '{' or '[' or a stray character stops the parser.";
            throw new InputException($"is not valid YAML: {reason}", file, at is { } m ? Line(m) : null, at is { } n ? Column(n) : null, "Check the brackets, tags and quoting near that position.", ex);
        }
    }

    private static string StripLocation(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the location is reported separately.
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && index > 0 ? message[(index + 3)..] : message;
    }

    /// <summary>
    /// Where a tab indents a line: YamlDotNet reports the start of the mapping the tab breaks (often line 1), not the
    /// tab; this is the first line from there whose indentation holds a tab.
    /// </summary>
    private static (int Line, int Column)? TabIndentation(string text, Mark start)
    {
        var lines = text.Split('\n');
        for (var i = Math.Max(0, Line(start) - 1); i < lines.Length; i++)
        {
            var line = lines[i];
            for (var c = 0; c < line.Length && line[c] is ' ' or '\t'; c++)
            {
                if (line[c] == '\t')
                {
                    return (i + 1, c + 1);
                }
            }
        }

        return null;
    }

    private static YNode ReadNode(IParser parser, string file, int depth, ref int nodes)
    {
        var current = parser.Current ?? throw new InputException("ends unexpectedly.", file, hint: "Check that the file is complete.");
        if (++nodes > MaxNodes)
        {
            throw new InputException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"holds more than {MaxNodes:N0} values."), file, Line(current.Start), Column(current.Start), "Product YAML files are short; check that the right file was given.");
        }

        if (depth > MaxDepth)
        {
            throw new InputException($"nests deeper than {MaxDepth} levels.", file, Line(current.Start), Column(current.Start), "Flatten the document: product YAML files are shallow.");
        }

        if (current is AnchorAlias alias)
        {
            throw new InputException($"uses the YAML alias '*{alias.Value}', which is not supported.", file, Line(alias.Start), Column(alias.Start), AnchorHint);
        }

        if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            throw new InputException($"uses the YAML anchor '&{anchored.Anchor}', which is not supported.", file, Line(anchored.Start), Column(anchored.Start), AnchorHint);
        }

        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new YScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, Line(scalar.Start), Column(scalar.Start));
            case SequenceStart start:
                {
                    parser.MoveNext();
                    var items = new List<YNode>();
                    while (!parser.TryConsume<SequenceEnd>(out _))
                    {
                        items.Add(ReadNode(parser, file, depth + 1, ref nodes));
                    }

                    return new YSequence(items, Line(start.Start), Column(start.Start));
                }

            case MappingStart start:
                {
                    parser.MoveNext();
                    var entries = new List<KeyValuePair<YScalar, YNode>>();
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyNode = ReadNode(parser, file, depth + 1, ref nodes);
                        if (keyNode is not YScalar key)
                        {
                            throw new InputException("has a key that is not a plain value.", file, keyNode.Line, keyNode.Column, "Use simple names as keys.");
                        }

                        if (!seen.Add(key.Value))
                        {
                            throw new InputException($"repeats the key '{key.Value}'.", file, key.Line, key.Column, "Keep one entry per key.");
                        }

                        var value = ReadNode(parser, file, depth + 1, ref nodes);
                        entries.Add(new(key, value));
                    }

                    return new YMapping(entries, Line(start.Start), Column(start.Start));
                }

            default:
                throw new InputException($"has an unexpected YAML element ({current.GetType().Name}).", file, Line(current.Start), Column(current.Start), "Use only mappings, lists and plain values.");
        }
    }

    private static int Line(Mark mark) => (int)Math.Min(int.MaxValue, mark.Line);

    private static int Column(Mark mark) => (int)Math.Min(int.MaxValue, mark.Column);

    public static YMapping ExpectMapping(YNode? node, string file, string what)
    {
        return node as YMapping
            ?? throw new InputException($"{what} must be a mapping (key: value lines), not {node?.Kind ?? "empty"}.", file, node?.Line, node?.Column);
    }

    public static string ExpectString(YNode node, string file, string key)
    {
        return node is YScalar { IsNull: false } scalar
            ? scalar.Value
            : throw new InputException($"'{key}' must be a value, not {(node is YScalar ? "empty" : node.Kind)}.", file, node.Line, node.Column);
    }

    /// <summary>A single value or a list of values.</summary>
    public static IReadOnlyList<string> ExpectStrings(YNode node, string file, string key)
    {
        if (node is YScalar { IsNull: true })
        {
            return [];
        }

        if (node is YScalar scalar)
        {
            return [scalar.Value];
        }

        if (node is YSequence sequence)
        {
            var list = new List<string>(sequence.Items.Count);
            foreach (var item in sequence.Items)
            {
                list.Add(ExpectString(item, file, key));
            }

            return list;
        }

        throw new InputException($"'{key}' must be a value or a list of values, not {node.Kind}.", file, node.Line, node.Column);
    }

    /// <summary>A mapping of plain values (<c>source: target</c>); an empty value or <c>{}</c> gives an empty list.</summary>
    public static IReadOnlyList<KeyValuePair<YScalar, YScalar>> ExpectStringMap(YNode node, string file, string key)
    {
        if (node is YScalar { IsNull: true })
        {
            return [];
        }

        if (node is not YMapping mapping)
        {
            throw new InputException($"'{key}' must be a mapping of 'source value: target' lines, not {node.Kind}.", file, node.Line, node.Column);
        }

        var list = new List<KeyValuePair<YScalar, YScalar>>(mapping.Entries.Count);
        foreach (var (k, v) in mapping.Entries)
        {
            if (v is not YScalar { IsNull: false } value)
            {
                throw new InputException($"'{key}.{k.Value}' must be a value, not {(v is YScalar ? "empty" : v.Kind)}.", file, v.Line, v.Column);
            }

            list.Add(new(k, value));
        }

        return list;
    }
}
