using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CapitalHealthReport.Rules.Yaml;

/// <summary>A node of a parsed YAML document with its 1-based source position, for located error messages.</summary>
internal abstract class YamlNodeX
{
    protected YamlNodeX(int line, int column)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }

    public abstract string KindName { get; }
}

internal sealed class YamlScalarX : YamlNodeX
{
    public YamlScalarX(string value, bool isPlain, int line, int column)
        : base(line, column)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    /// <summary>True for an unquoted scalar (where <c>null</c> and <c>~</c> mean no value).</summary>
    public bool IsPlain { get; }

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => "a value";
}

internal sealed class YamlSequenceX : YamlNodeX
{
    public YamlSequenceX(IReadOnlyList<YamlNodeX> items, int line, int column)
        : base(line, column)
    {
        Items = items;
    }

    public IReadOnlyList<YamlNodeX> Items { get; }

    public override string KindName => "a list";
}

internal sealed class YamlMappingX : YamlNodeX
{
    public YamlMappingX(IReadOnlyList<KeyValuePair<YamlScalarX, YamlNodeX>> entries, int line, int column)
        : base(line, column)
    {
        Entries = entries;
    }

    public IReadOnlyList<KeyValuePair<YamlScalarX, YamlNodeX>> Entries { get; }

    public override string KindName => "a mapping";
}

/// <summary>
/// Reads YAML through YamlDotNet's event parser into a small located tree. Refuses anchors and aliases
/// (so an alias bomb is never expanded), nesting deeper than <see cref="MaxDepth"/>, complex keys and
/// duplicate keys, each with file, line and column.
/// </summary>
internal static class YamlTreeReader
{
    public const int MaxDepth = 64;

    /// <summary>Parses one document; an empty file yields null.</summary>
    public static YamlNodeX? Read(string text, string file)
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
            var root = ReadNode(parser, file, 1);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var next = parser.Current!;
                throw new InputException("the file holds more than one YAML document; keep one.", file, (int)next.Start.Line, (int)next.Start.Column);
            }

            return root;
        }
        catch (YamlException ex) when (ex is not null)
        {
            var reason = ex.InnerException?.Message ?? ex.Message;
            var mark = ex.Start;
            throw new InputException($"invalid YAML: {StripLocation(reason)}", file, (int)mark.Line, (int)mark.Column, "Check indentation, quoting and colons on that line.", ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet fails this way on some malformed input: an unclosed flow collection ('{' or '[' followed by
            // block text) stops its scanner, and a tag that is not a URI (!<a b>) its parser.
            var at = parser.Current?.Start;
            var reason = ex is ArgumentException argument
                ? argument.Message.Replace($" (Parameter '{argument.ParamName}')", "", StringComparison.Ordinal)
                : "an unclosed '{' or '[' or a stray character stops the parser.";
            throw new InputException($"invalid YAML: {reason}", file, at is { } m ? (int)m.Line : null, at is { } n ? (int)n.Column : null, "Check the brackets, tags and quoting near that position.", ex);
        }
    }

    private static string StripLocation(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the location is reported separately.
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && index > 0 ? message[(index + 3)..] : message;
    }

    private static YamlNodeX ReadNode(IParser parser, string file, int depth)
    {
        var current = parser.Current ?? throw new InputException("unexpected end of YAML.", file);
        var line = (int)current.Start.Line;
        var column = (int)current.Start.Column;
        if (depth > MaxDepth)
        {
            throw new InputException($"YAML nesting is deeper than {MaxDepth} levels; this file is refused.", file, line, column, "Rule packs and configuration files are shallow; remove the nesting.");
        }

        switch (current)
        {
            case AnchorAlias:
                throw new InputException("YAML aliases (*name) are not accepted here; write the value out in full.", file, line, column);
            case NodeEvent { Anchor.IsEmpty: false }:
                throw new InputException("YAML anchors (&name) are not accepted here; write each value out in full.", file, line, column);
        }

        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new YamlScalarX(scalar.Value, scalar.Style == ScalarStyle.Plain, line, column);
            case SequenceStart:
                {
                    parser.MoveNext();
                    var items = new List<YamlNodeX>();
                    while (!parser.TryConsume<SequenceEnd>(out _))
                    {
                        items.Add(ReadNode(parser, file, depth + 1));
                    }

                    return new YamlSequenceX(items, line, column);
                }

            case MappingStart:
                {
                    parser.MoveNext();
                    var entries = new List<KeyValuePair<YamlScalarX, YamlNodeX>>();
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyNode = ReadNode(parser, file, depth + 1);
                        if (keyNode is not YamlScalarX key)
                        {
                            throw new InputException("a mapping key must be a plain name.", file, keyNode.Line, keyNode.Column);
                        }

                        if (!seen.Add(key.Value))
                        {
                            throw new InputException($"key '{key.Value}' appears twice in the same mapping.", file, key.Line, key.Column, "Keep one.");
                        }

                        var value = ReadNode(parser, file, depth + 1);
                        entries.Add(new(key, value));
                    }

                    return new YamlMappingX(entries, line, column);
                }

            default:
                throw new InputException($"unexpected YAML element {current.GetType().Name}.", file, line, column);
        }
    }
}
