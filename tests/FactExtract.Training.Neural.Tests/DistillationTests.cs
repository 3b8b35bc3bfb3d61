namespace FactExtract.Training.Neural.Tests;

/// <summary>
/// The distillation path on the tiny sample: an ensemble of exported networks as a teacher, the silver CoNLL it
/// writes, and a resumed run that goes on with gold plus silver text while keeping its recorded vocabulary.
/// </summary>
public class DistillationTests
{
    [Fact]
    public void AnEnsembleOfOneNetworkScoresAsTheNetworkAndItsSilverTextContinuesTheRun()
    {
        var dir = Directory.CreateTempSubdirectory("fx-distil-");
        try
        {
            var vectors = TinySample.WriteVectors(dir.FullName);
            var settings = TinySample.Settings(dir.FullName, vectors, epochs: 8);
            Assert.Equal(0, TrainingRun.Run(settings, TextWriter.Null));
            var model = Path.Combine(dir.FullName, "a.bin");

            // One member scores as the library's own tagger did in the export's check; the same member twice as well.
            var check = ModelExport.Export(settings.RunDirectory, model, "best", TinySample.Conll, TextWriter.Null);
            Assert.NotNull(check);
            var twice = EnsembleCheck.Score([model, model], TinySample.Conll);
            Assert.Equal(check.LibraryF1, twice.MemberF1[0], 6);
            Assert.Equal(check.LibraryF1, twice.F1, 6);

            // Silver: raw news tokenized as at run time, one -DOCSTART- per article, a tag per token.
            var raw = Directory.CreateDirectory(Path.Combine(dir.FullName, "raw"));
            File.WriteAllText(Path.Combine(raw.FullName, "one.txt"), "Acme Corp hired John Smith on Monday. Zyxtronics, a firm nobody knew, said nothing.");
            var silver = Path.Combine(dir.FullName, "silver.conll");
            Assert.Equal(0, SilverExport.Run([model, model], [raw.FullName], silver, TextWriter.Null));
            var lines = File.ReadAllLines(silver);
            Assert.Equal("-DOCSTART-\tO", lines[0]);
            var tokenLines = lines.Where(l => l.Length > 0 && !l.StartsWith("-DOCSTART-", StringComparison.Ordinal)).ToList();
            Assert.Contains(tokenLines, l => l.StartsWith("Zyxtronics\t", StringComparison.Ordinal));
            Assert.All(tokenLines, l => Assert.Matches(@"^\S+\t(O|[BI]-[A-Z_]+)$", l));

            // Going on from the best epoch with gold plus silver: the silver's new words and characters do not change the
            // run's vocabulary, so the checkpoint still loads and the export still reads the same rows.
            var metaBefore = File.ReadAllText(Path.Combine(settings.RunDirectory, "meta.json"));
            var goldAndSilver = Path.Combine(dir.FullName, "gold-silver.conll");
            File.WriteAllText(goldAndSilver, File.ReadAllText(TinySample.Conll) + "\n" + File.ReadAllText(silver));
            var log = new StringWriter();
            var more = TinySample.Settings(dir.FullName, vectors, epochs: 10, resume: true, train: goldAndSilver) with { FromBest = true, LearningRate = 1e-3 };
            Assert.Equal(0, TrainingRun.Run(more, log));
            Assert.Contains("resumed from the best epoch", log.ToString());
            Assert.Equal(metaBefore, File.ReadAllText(Path.Combine(settings.RunDirectory, "meta.json")));
            Assert.NotNull(ModelExport.Export(settings.RunDirectory, Path.Combine(dir.FullName, "b.bin"), "last", TinySample.Conll, TextWriter.Null));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
