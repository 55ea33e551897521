using MetaHub.Tenancy.Resolution;
using Microsoft.Extensions.Options;

namespace MetaHub.Tenancy.Catalog;

internal sealed class TenancyOptionsValidator : IValidateOptions<TenancyOptions>
{
    public ValidateOptionsResult Validate(string? name, TenancyOptions options)
    {
        var failures = new List<string>();
        if (HostName.Normalize(options.BaseDomain) is null)
        {
            failures.Add($"MetaHub:Tenancy:BaseDomain '{options.BaseDomain}' is not a host name.");
        }

        foreach (var domain in options.ApiDomains)
        {
            if (HostName.Normalize(domain) is null)
            {
                failures.Add($"MetaHub:Tenancy:ApiDomains entry '{domain}' is not a host name.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
