using FactExtract.Entities;

namespace FactExtract.Tests.Entities;

public class ModelFileTests
{
    [Fact]
    public void BuiltInModelLoadsAndCoversAllOntoNotesTypes()
    {
        var model = BuiltInModel.Instance;
        Assert.Equal(18, model.Labels.Types.Length);
        Assert.Contains("ORG", model.Labels.Types);
        Assert.Contains("DATE", model.Labels.Types);
    }
}
