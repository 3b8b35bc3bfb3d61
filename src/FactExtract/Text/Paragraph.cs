namespace FactExtract.Text;

/// <summary>A paragraph: a character range between blank lines (or single line breaks in plain news text).</summary>
internal readonly record struct Paragraph(int Start, int End);
