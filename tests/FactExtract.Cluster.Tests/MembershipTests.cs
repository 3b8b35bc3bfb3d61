namespace FactExtract.Cluster.Tests;

public class MembershipTests
{
    [Fact]
    public void LocalhostDefaultsToThePrimaryGateway() =>
        Assert.Equal([Membership.DefaultGatewayPort], Assert.IsType<Membership.Localhost>(Membership.Parse("localhost")).GatewayPorts);

    [Fact]
    public void LocalhostMayListGateways() =>
        Assert.Equal([30000, 30001], Assert.IsType<Membership.Localhost>(Membership.Parse("localhost:30000,30001")).GatewayPorts);

    [Fact]
    public void RedisKeepsItsConfigurationString() =>
        Assert.Equal("127.0.0.1:6380,password=x", Assert.IsType<Membership.Redis>(Membership.Parse("redis:127.0.0.1:6380,password=x")).Configuration);

    [Theory]
    [InlineData("consul:host")]
    [InlineData("redis:")]
    [InlineData("localhost:http")]
    [InlineData("postgres:Host=db")]
    public void UnsupportedMembershipIsABadUsageError(string text) =>
        Assert.Throws<FormatException>(() => Membership.Parse(text));
}
