namespace MetaHub.Tenancy.Catalog;

public enum DatabaseProvider
{
    Sqlite = 0,
    Postgres = 1,
}
