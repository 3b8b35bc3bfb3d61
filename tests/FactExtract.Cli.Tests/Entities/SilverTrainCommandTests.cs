using FactExtract.Cli.Commands;

namespace FactExtract.Cli.Tests.Entities;

/// <summary><c>train --silver</c> refusing a teacher whose types the training data lacks.</summary>
public class SilverTrainCommandTests
{
    [Fact]
    public void TrainingDataWithoutTheTeachersTypesIsRefused()
    {
        var stderr = new StringWriter();
        var options = TinyModel.Options with { Silver = [TestPaths.Seed] };
        var model = Path.Combine(Path.GetTempPath(), $"fx-silver-{Guid.NewGuid():N}.bin");

        int rc = TrainCommand.Run(TinyModel.SamplePath, null, model, options, new StringWriter(), stderr);

        Assert.Equal(ExitCodes.BadUsage, rc);
        Assert.Contains("teacher", stderr.ToString());
        Assert.Contains("WORK_OF_ART", stderr.ToString());
        Assert.False(File.Exists(model));
    }
}
