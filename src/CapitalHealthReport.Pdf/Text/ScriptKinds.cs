namespace CapitalHealthReport.Pdf.Text;

/// <summary>
/// Script detection for face choice: which characters of a text are CJK and which Latin, with neutral punctuation taking
/// the script of the text around it; and the text as the shaper sees it (control characters made harmless).
/// </summary>
internal static class ScriptKinds
{
    /// <summary>
    /// Per UTF-16 index of a code point: true where the text is CJK, false where it is Latin (word spaces included).
    /// Neutral punctuation takes the script of the nearest strong character before it, or after it when there is none before.
    /// </summary>
    public static bool[] Of(string text)
    {
        var kinds = new bool[text.Length];
        var pending = new List<int>();
        bool? previous = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]))
            {
                continue;
            }

            var c = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? char.ConvertToUtf32(text[i], text[i + 1])
                : text[i];
            if (c is ' ' or '\t' || CharClasses.IsNewline(c))
            {
                // Word spaces are Latin: the Latin face's space suits both scripts, and it keeps runs long.
                continue;
            }

            if (CharClasses.IsNeutralPunctuation(c) || CharClasses.IsAttached(c))
            {
                if (previous is { } kind)
                {
                    kinds[i] = kind;
                }
                else
                {
                    pending.Add(i);
                }

                continue;
            }

            kinds[i] = CharClasses.IsCjk(c);
            if (previous is null)
            {
                foreach (var index in pending)
                {
                    kinds[index] = kinds[i];
                }

                pending.Clear();
            }

            previous = kinds[i];
        }

        return kinds;
    }

    /// <summary>
    /// The text HarfBuzz shapes: the same length as <paramref name="text"/> (clusters stay valid), with tabs as spaces and
    /// other control characters as zero-width spaces, which fonts lack but HarfBuzz hides.
    /// </summary>
    public static string ShapingText(string text)
    {
        if (!text.Any(c => c < ' ' || c == '\u007F'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    '\t' => ' ',
                    '\n' or '\r' => c,
                    < ' ' or '\u007F' => '\u200B',
                    _ => c,
                };
            }
        });
    }
}
