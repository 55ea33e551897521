namespace MetaHub.Customers;

/// <summary>The module's permission codes.</summary>
public static class CustomerPermissions
{
    public const string View = "customers.view";
    public const string Create = "customers.create";
    public const string Edit = "customers.edit";
    public const string Delete = "customers.delete";
}
