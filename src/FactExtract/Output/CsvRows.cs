using CsvHelper;

namespace FactExtract.Output;

// Flat rows of the four CSV tables; CsvHelper's source generator writes their mapping at compile time.

[CsvRecord]
internal sealed partial record EntityRow(
    [property: CsvColumn("doc_id")] string DocId,
    [property: CsvColumn("text")] string Text,
    [property: CsvColumn("label")] string Label,
    [property: CsvColumn("start")] int Start,
    [property: CsvColumn("end")] int End,
    [property: CsvColumn("canonical")] string Canonical);

[CsvRecord]
internal sealed partial record DateRow(
    [property: CsvColumn("doc_id")] string DocId,
    [property: CsvColumn("text")] string Text,
    [property: CsvColumn("start")] int Start,
    [property: CsvColumn("end")] int End,
    [property: CsvColumn("type")] string Type,
    [property: CsvColumn("value")] string Value,
    [property: CsvColumn("anchor")] string Anchor);

[CsvRecord]
internal sealed partial record QuoteRow(
    [property: CsvColumn("doc_id")] string DocId,
    [property: CsvColumn("text")] string Text,
    [property: CsvColumn("start")] int Start,
    [property: CsvColumn("end")] int End,
    [property: CsvColumn("speaker")] string? Speaker,
    [property: CsvColumn("speaker_start")] int? SpeakerStart,
    [property: CsvColumn("speaker_end")] int? SpeakerEnd,
    [property: CsvColumn("cue")] string? Cue);

[CsvRecord]
internal sealed partial record AttributionRow(
    [property: CsvColumn("doc_id")] string DocId,
    [property: CsvColumn("kind")] string Kind,
    [property: CsvColumn("start")] int Start,
    [property: CsvColumn("end")] int End,
    [property: CsvColumn("text")] string Text,
    [property: CsvColumn("cue")] string? Cue,
    [property: CsvColumn("cue_start")] int? CueStart,
    [property: CsvColumn("cue_end")] int? CueEnd,
    [property: CsvColumn("source")] string? Source,
    [property: CsvColumn("source_start")] int? SourceStart,
    [property: CsvColumn("source_end")] int? SourceEnd,
    [property: CsvColumn("speaker")] string? Speaker,
    [property: CsvColumn("parts")] string Parts);
