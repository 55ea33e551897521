namespace MetaHub.Leads;

/// <summary>The module's permission codes.</summary>
public static class LeadPermissions
{
    public const string View = "leads.view";
    public const string Create = "leads.create";
    public const string Edit = "leads.edit";
    public const string Delete = "leads.delete";
}
