namespace MetaHub.Onboarding.Setup;

/// <summary>A package as the wizard's cards show it.</summary>
internal sealed record PackageResponse(
    Guid Id, string Code, string Name, string? Description, decimal MonthlyPrice, decimal YearlyPrice, string Currency, int MaxUsers,
    IReadOnlyList<PackageResponse.ModulePart> Modules)
{
    internal sealed record ModulePart(string Code, string Name, bool IsCore);
}
