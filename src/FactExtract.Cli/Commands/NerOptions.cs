using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using FactExtract.Training;

namespace FactExtract.Cli.Commands;

/// <summary>
/// The model choice every command that runs the pipeline shares: <c>--ner accurate|fast</c>, <c>--model FILE</c>,
/// <c>--ner-beam N</c>, and <c>--attributions rules|accurate</c>.
/// </summary>
internal sealed record NerChoice(EntityModel Model, string? File, int Beam, AttributionModel? Attributions = null)
{
    public static readonly NerChoice Default = new(EntityModel.Accurate, null, 1);

    public ExtractorOptions ToOptions() => new() { Entities = Model, EntityModelFile = File, EntityBeamWidth = Beam, Attributions = Attributions };

    /// <summary>What is wrong with the choice, or null.</summary>
    public string? Error() =>
        Beam is < 1 or > 16 ? "--ner-beam must be 1 to 16"
        : File is not null && !System.IO.File.Exists(File) ? $"--model {File}: file not found"
        : null;

    /// <summary>The tagger the choice names; reports an unreadable model on stderr.</summary>
    public bool TryCreate(TextWriter stderr, [NotNullWhen(true)] out ConllTagger? tagger)
    {
        try
        {
            tagger = ConllTagger.Create(Model, File, Beam);
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            stderr.WriteLine($"error: {e.Message}");
            tagger = null;
            return false;
        }
    }
}

/// <summary>The options behind <see cref="NerChoice"/>.</summary>
internal sealed class NerOptions
{
    public Option<string> Ner { get; } = CreateNer();

    public Option<string?> Model { get; } = new("--model") { Description = "An entity model file (made by `factextract train` or the neural trainer) instead of a built-in one." };

    public Option<int> Beam { get; } = new("--ner-beam")
    {
        Description = "Decode the linear entity model keeping N tag sequences per sentence; above 1 the beam-trained linear model is used (OntoNotes dev F1 80.35 greedy, 82.25 with 2, 83.13 with 4).",
        DefaultValueFactory = _ => 1,
    };

    public Option<string?> Attributions { get; } = CreateAttributions();

    public IEnumerable<Option> All => [Ner, Model, Beam, Attributions];

    /// <summary>The entity-model options alone, for the commands that only tag names.</summary>
    public IEnumerable<Option> Entity => [Ner, Model, Beam];

    public NerChoice Read(ParseResult parse) =>
        new(parse.GetValue(Ner) == "fast" ? EntityModel.Fast : EntityModel.Accurate, parse.GetValue(Model), parse.GetValue(Beam),
            parse.GetValue(Attributions) switch { "accurate" => AttributionModel.Accurate, "rules" => AttributionModel.Rules, _ => null });

    private static Option<string?> CreateAttributions()
    {
        var option = new Option<string?>("--attributions")
        {
            Description = "Reported speech: accurate (a neural tagger of cue, source and content) or rules (fast). Default: accurate with --ner accurate, rules with --ner fast or a beam.",
        };
        option.AcceptOnlyFromAmong("rules", "accurate");
        return option;
    }

    private static Option<string> CreateNer()
    {
        var option = new Option<string>("--ner")
        {
            Description = "Entity model: accurate (default; the neural BiLSTM-CRF) or fast (the linear tagger, for bulk runs).",
            DefaultValueFactory = _ => "accurate",
        };
        option.AcceptOnlyFromAmong("accurate", "fast");
        return option;
    }
}
