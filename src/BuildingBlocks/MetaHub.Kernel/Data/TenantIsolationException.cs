namespace MetaHub.Kernel.Data;

/// <summary>A unit of work tried to write a row outside its tenant or company. Always a bug or an attack.</summary>
public sealed class TenantIsolationException(string message) : InvalidOperationException(message);
