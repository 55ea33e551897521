using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace MetaHub.IntegrationTests.Infrastructure;

/// <summary>Sets the connection's remote address from a test header, before the host's own pipeline runs.</summary>
public sealed class ClientAddressStartupFilter : IStartupFilter
{
    public const string Header = "x-test-client-ip";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
