using System.Data;

namespace MetaHub.Benchmarks.Customers;

/// <summary>A parameter of a <see cref="CapturedCommand"/>: its name in the SQL and the type EF Core gave it.</summary>
internal sealed record CapturedParameter(string Name, DbType? DbType);
