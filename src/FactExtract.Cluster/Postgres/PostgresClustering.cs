using Microsoft.Extensions.DependencyInjection;
using Orleans.Messaging;

namespace FactExtract.Cluster.Postgres;

/// <summary>Plugs the PostgreSQL membership table into a silo and the gateway list into a client.</summary>
internal static class PostgresClustering
{
    public static ISiloBuilder UsePostgresClustering(this ISiloBuilder silo, Membership.Postgres membership)
    {
        silo.Services.AddSingleton(membership);
        silo.Services.AddSingleton<IMembershipTable, PostgresMembershipTable>();
        return silo;
    }

    public static IClientBuilder UsePostgresClustering(this IClientBuilder client, Membership.Postgres membership)
    {
        client.Services.AddSingleton(membership);
        client.Services.AddSingleton<IGatewayListProvider, PostgresGatewayListProvider>();
        return client;
    }
}
