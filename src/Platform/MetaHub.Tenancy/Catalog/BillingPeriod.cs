namespace MetaHub.Tenancy.Catalog;

public enum BillingPeriod
{
    Monthly = 0,
    Yearly = 1,
}
