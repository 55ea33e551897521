using MetaHub.Kernel.Http;
using Microsoft.AspNetCore.Http;

namespace MetaHub.Access.Sessions;

/// <summary>Where a request comes from, as sessions, login history and audit entries record it.</summary>
internal sealed record ClientInfo(System.Net.IPAddress? Address, string? UserAgent, string? CorrelationId)
{
    public const int UserAgentMaxLength = 500;

    public string? IpAddress => Address is null ? null : (Address.IsIPv4MappedToIPv6 ? Address.MapToIPv4() : Address).ToString();

    public static ClientInfo From(HttpContext context)
    {
        var agent = context.Request.Headers.UserAgent.ToString();
        return new ClientInfo(
            context.Connection.RemoteIpAddress,
            agent.Length == 0 ? null : agent[..Math.Min(agent.Length, UserAgentMaxLength)],
            RequestCorrelation.Get(context) ?? context.TraceIdentifier);
    }
}
