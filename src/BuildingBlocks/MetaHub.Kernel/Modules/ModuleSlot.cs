namespace MetaHub.Kernel.Modules;

/// <summary>The places of the host's pages where modules add components.</summary>
public enum ModuleSlot
{
    Dashboard = 0,
    CustomerTab = 1,
}
