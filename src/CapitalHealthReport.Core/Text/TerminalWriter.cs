using System.Text;

namespace CapitalHealthReport.Text;

/// <summary>
/// A writer for messages on a terminal (the command line's standard error): every control character is shown
/// visibly (<see cref="TerminalText.Escape"/>; line feeds and tabs stay) and each line written whole is shortened
/// (<see cref="MessageText.Shorten"/>), so no warning or error can carry an escape sequence or a megabyte of input.
/// </summary>
public sealed class TerminalWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    public override Encoding Encoding => inner.Encoding;

    /// <summary>The writer this one writes to.</summary>
    public TextWriter Inner => inner;

    public override void Write(char value)
    {
        if (TerminalText.IsUnsafe(value, keepLineBreaks: true))
        {
            inner.Write(TerminalText.Escape(value.ToString(), keepLineBreaks: true));
        }
        else
        {
            inner.Write(value);
        }
    }

    public override void Write(string? value) => inner.Write(TerminalText.Escape(value, keepLineBreaks: true));

    public override void WriteLine(string? value) => inner.WriteLine(TerminalText.Escape(MessageText.Shorten(value), keepLineBreaks: true));

    public override void Flush() => inner.Flush();
}
