namespace MetaHub.Customers.Domain;

public enum CustomerStatus
{
    Active = 0,
    Passive = 1,
    Potential = 2,
}
