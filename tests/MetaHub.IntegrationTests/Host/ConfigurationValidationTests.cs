using MetaHub.IntegrationTests.Infrastructure;

namespace MetaHub.IntegrationTests.Host;

public sealed class ConfigurationValidationTests
{
    [Theory]
    [InlineData("MetaHub:Database:Provider", "Postgres", "ConnectionStrings:Catalog is required when MetaHub:Database:Provider is 'Postgres'")]
    [InlineData("MetaHub:Database:Provider", "Oracle", "MetaHub:Database:Provider")]
    [InlineData("MetaHub:Tenancy:BaseDomain", "not a host!", "MetaHub:Tenancy:BaseDomain 'not a host!' is not a host name")]
    [InlineData("MetaHub:Tenancy:ApiDomains:0", "api domain with spaces", "MetaHub:Tenancy:ApiDomains entry 'api domain with spaces' is not a host name")]
    [InlineData("MetaHub:Database:MigrationConcurrency", "0", "MetaHub:Database:MigrationConcurrency must be between 1 and 64")]
    public async Task Start_InvalidSetting_FailsWithMessageNamingTheKey(string key, string value, string expected)
    {
        var overrides = new Dictionary<string, string?>(StringComparer.Ordinal) { [key] = value };
        if (value == "Postgres")
        {
            overrides["ConnectionStrings:Catalog"] = "";
            overrides["ConnectionStrings:Tenants"] = "";
        }
        await using var factory = MetaHubFactory.Create("Production", overrides);

        var error = Should.Throw<Exception>(() => factory.CreateClient());

        error.ToString().ShouldContain(expected);
    }
}
