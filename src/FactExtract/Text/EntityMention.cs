namespace FactExtract;

/// <summary>A named entity found in the text.</summary>
/// <param name="Text">The mention exactly as written: <c>text.Substring(Start, End - Start)</c>.</param>
/// <param name="Label">OntoNotes type: <c>ORG</c>, <c>PERSON</c>, <c>GPE</c>, <c>LOC</c>, <c>NORP</c>, <c>FAC</c>, <c>PRODUCT</c>, <c>EVENT</c>, <c>MONEY</c>, <c>PERCENT</c>, ...</param>
/// <param name="Start">Offset of the first UTF-16 code unit.</param>
/// <param name="End">Offset just past the last code unit (exclusive).</param>
/// <param name="Canonical">The name this article's mentions of the same entity share (possessive dropped, short forms joined).</param>
public sealed record EntityMention(string Text, string Label, int Start, int End, string Canonical);
