using System.Text;
using System.Xml;

namespace FactExtract.Evaluation;

/// <summary>A gold TIMEX3 inside a TimeML document's <c>TEXT</c>: character offsets into <see cref="TimeMlDocument.Text"/>.</summary>
internal sealed record TimeMlTimex(int Start, int End, string Type, string Value, string? Mod);

/// <summary>
/// One TimeML (<c>.tml</c>) document: its id, its creation time (DCT), the character data of its
/// <c>TEXT</c> element and the TIMEX3 spans annotated there (the DCT timex is not among them).
/// </summary>
internal sealed record TimeMlDocument(string Id, DateOnly? CreationDate, string Text, IReadOnlyList<TimeMlTimex> Timexes)
{
    public static TimeMlDocument Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileNameWithoutExtension(path));
    }

    public static TimeMlDocument Read(Stream stream, string fallbackId)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, IgnoreWhitespace = false, IgnoreComments = true };
        using var reader = XmlReader.Create(stream, settings);
        string id = fallbackId;
        DateOnly? dct = null;
        var text = new StringBuilder();
        var timexes = new List<TimeMlTimex>();
        bool inText = false, inDct = false, inDocId = false;
        var open = new Stack<(int Start, string Type, string Value, string? Mod, bool Empty)>();
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    switch (reader.LocalName)
                    {
                        case "TEXT": inText = !reader.IsEmptyElement; break;
                        case "DCT": inDct = !reader.IsEmptyElement; break;
                        case "DOCID": inDocId = !reader.IsEmptyElement; break;
                        case "TIMEX3" when inDct || reader.GetAttribute("functionInDocument") == "CREATION_TIME":
                            if (DateOnly.TryParseExact((reader.GetAttribute("value") ?? "").AsSpan(0, Math.Min(10, (reader.GetAttribute("value") ?? "").Length)), "yyyy-MM-dd", out var d)) dct ??= d;
                            break;
                        case "TIMEX3" when inText:
                            if (!reader.IsEmptyElement)
                                open.Push((text.Length, reader.GetAttribute("type") ?? "DATE", reader.GetAttribute("value") ?? "", reader.GetAttribute("mod"), false));
                            break;
                    }

                    break;
                case XmlNodeType.EndElement:
                    switch (reader.LocalName)
                    {
                        case "TEXT": inText = false; break;
                        case "DCT": inDct = false; break;
                        case "DOCID": inDocId = false; break;
                        case "TIMEX3" when inText && open.Count > 0:
                            var t = open.Pop();
                            timexes.Add(new TimeMlTimex(t.Start, text.Length, t.Type, t.Value, t.Mod));
                            break;
                    }

                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (inText) text.Append(reader.Value);
                    else if (inDocId && reader.Value.Trim() is { Length: > 0 } docId) id = docId;
                    break;
            }
        }

        timexes.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new TimeMlDocument(id, dct, text.ToString(), timexes);
    }
}
