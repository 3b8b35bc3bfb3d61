namespace FactExtract.Training.Neural.Tests;

/// <summary>
/// The whole neural training path on the hand-written tiny CoNLL sample: train, checkpoint, resume, export, and the
/// library's .NET tagger reading the exported file. Word vectors are made up (seeded) in the wink file format.
/// </summary>
public class TinyTrainingTests
{
    [Fact]
    public void ATinyRunLearnsTheSampleAndTheLibraryTagsLikeTheNetwork()
    {
        var dir = Directory.CreateTempSubdirectory("fx-neural-");
        try
        {
            var vectors = TinySample.WriteVectors(dir.FullName);
            var log = new StringWriter();
            Assert.Equal(0, TrainingRun.Run(TinySample.Settings(dir.FullName, vectors, epochs: 6), log));
            Assert.Contains("epoch 6:", log.ToString());
            // Stopped after six epochs, picked up again for the rest.
            Assert.Equal(0, TrainingRun.Run(TinySample.Settings(dir.FullName, vectors, epochs: 25, resume: true), log));
            Assert.Contains("resumed after epoch 6", log.ToString());
            Assert.Contains("epoch 25:", log.ToString());

            var model = Path.Combine(dir.FullName, "tiny-neural.bin");
            var check = ModelExport.Export(Path.Combine(dir.FullName, "run"), model, "best", TinySample.Conll, log);
            Assert.NotNull(check);
            Assert.True(check.NetworkF1 >= 90, log.ToString());
            Assert.True(check.SameTagShare >= 0.999, log.ToString());
            Assert.Equal(check.NetworkF1, check.LibraryF1, 6);

            // The public API takes the exported file.
            var extractor = FactExtractor.Create(new ExtractorOptions { EntityModelFile = model });
            var sentence = string.Join(' ', File.ReadLines(TinySample.Conll).Skip(2).TakeWhile(l => l.Length > 0).Select(l => l.Split('\t')[0]));
            Assert.NotEmpty(extractor.Extract(sentence).Entities);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void AStackedRunTrainsButIsNotExportedForALibraryThatRunsOneLayer()
    {
        var dir = Directory.CreateTempSubdirectory("fx-neural-");
        try
        {
            var settings = TinySample.Settings(dir.FullName, TinySample.WriteVectors(dir.FullName), epochs: 1);
            settings = settings with { Network = settings.Network with { Layers = 2 } };
            Assert.Equal(0, TrainingRun.Run(settings, TextWriter.Null));

            var error = Assert.Throws<ArgumentException>(() => ModelExport.Export(settings.RunDirectory, Path.Combine(dir.FullName, "model.bin"), "best", null, TextWriter.Null));
            Assert.Contains("2 LSTM layers", error.Message);
            Assert.False(File.Exists(Path.Combine(dir.FullName, "model.bin")));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void TrainingIsDeterministicForASeed()
    {
        var a = Directory.CreateTempSubdirectory("fx-neural-a-");
        var b = Directory.CreateTempSubdirectory("fx-neural-b-");
        try
        {
            var logA = new StringWriter();
            var logB = new StringWriter();
            TrainingRun.Run(TinySample.Settings(a.FullName, TinySample.WriteVectors(a.FullName), epochs: 3), logA);
            TrainingRun.Run(TinySample.Settings(b.FullName, TinySample.WriteVectors(b.FullName), epochs: 3), logB);
            static string Scores(StringWriter log) => string.Join('\n', log.ToString().Split('\n').Where(l => l.StartsWith("epoch", StringComparison.Ordinal)).Select(l => l[..l.IndexOf("; train", StringComparison.Ordinal)]));
            Assert.Equal(Scores(logA), Scores(logB));
        }
        finally
        {
            a.Delete(recursive: true);
            b.Delete(recursive: true);
        }
    }
}
