using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MetaHub.Kernel.Data;

/// <summary>An EF Core interceptor a module adds to every tenant database, after the isolation guard.</summary>
public interface ITenantInterceptor : IInterceptor;
