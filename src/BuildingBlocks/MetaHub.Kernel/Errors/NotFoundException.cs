namespace MetaHub.Kernel.Errors;

/// <summary>The requested resource does not exist in the caller's scope (mapped to 404).</summary>
public sealed class NotFoundException(string message) : Exception(message);
