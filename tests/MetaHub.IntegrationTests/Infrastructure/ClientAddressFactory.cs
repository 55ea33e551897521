using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MetaHub.IntegrationTests.Infrastructure;

/// <summary>
/// The test host, where a request may say which address it comes from (header
/// <see cref="ClientAddressStartupFilter.Header"/>): the test server itself has no client address.
/// </summary>
public sealed class ClientAddressFactory : MetaHubFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressStartupFilter>());
    }
}
