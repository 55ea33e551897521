using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MetaHub.Migrations.Sqlite.Catalog
{
    /// <inheritdoc />
    public partial class ModuleManagement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Description",
                table: "ModuleDefinitions");

            migrationBuilder.RenameColumn(
                name: "Name",
                table: "ModuleDefinitions",
                newName: "Label_Tr");

            migrationBuilder.AddColumn<string>(
                name: "Description_En",
                table: "ModuleDefinitions",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Description_Tr",
                table: "ModuleDefinitions",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Icon",
                table: "ModuleDefinitions",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Label_En",
                table: "ModuleDefinitions",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Version",
                table: "ModuleDefinitions",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ModuleApiKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Module = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    SecretHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Scopes = table.Column<string>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastUsedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModuleApiKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ModuleApiKeys_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ModuleChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Module = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OldValue = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NewValue = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModuleChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ModuleFeatureFlags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Module = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModuleFeatureFlags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ModuleFeatureFlags_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ModuleMetas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Icon = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Roles = table.Column<string>(type: "TEXT", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    StatsKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Label_En = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Label_Tr = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    History = table.Column<string>(type: "TEXT", nullable: false),
                    Routes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModuleMetas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ModuleMetas_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ModuleSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Module = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: true),
                    VisibleInSidebar = table.Column<bool>(type: "INTEGER", nullable: true),
                    UseAnalytics = table.Column<bool>(type: "INTEGER", nullable: true),
                    ShowInDashboard = table.Column<bool>(type: "INTEGER", nullable: true),
                    Roles = table.Column<string>(type: "TEXT", nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: true),
                    SeoOgImage = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SeoDescription_En = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SeoDescription_Tr = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SeoSummary_En = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SeoSummary_Tr = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SeoTitle_En = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SeoTitle_Tr = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModuleSettings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ModuleSettings_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ModuleApiKeys_Prefix",
                table: "ModuleApiKeys",
                column: "Prefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ModuleApiKeys_TenantId_Module",
                table: "ModuleApiKeys",
                columns: new[] { "TenantId", "Module" });

            migrationBuilder.CreateIndex(
                name: "IX_ModuleChanges_ChangedAt",
                table: "ModuleChanges",
                column: "ChangedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ModuleChanges_TenantId_Module_ChangedAt",
                table: "ModuleChanges",
                columns: new[] { "TenantId", "Module", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ModuleFeatureFlags_TenantId_Module_Key",
                table: "ModuleFeatureFlags",
                columns: new[] { "TenantId", "Module", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ModuleMetas_TenantId_Name",
                table: "ModuleMetas",
                columns: new[] { "TenantId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ModuleSettings_TenantId_Module",
                table: "ModuleSettings",
                columns: new[] { "TenantId", "Module" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ModuleApiKeys");

            migrationBuilder.DropTable(
                name: "ModuleChanges");

            migrationBuilder.DropTable(
                name: "ModuleFeatureFlags");

            migrationBuilder.DropTable(
                name: "ModuleMetas");

            migrationBuilder.DropTable(
                name: "ModuleSettings");

            migrationBuilder.DropColumn(
                name: "Description_En",
                table: "ModuleDefinitions");

            migrationBuilder.DropColumn(
                name: "Description_Tr",
                table: "ModuleDefinitions");

            migrationBuilder.DropColumn(
                name: "Icon",
                table: "ModuleDefinitions");

            migrationBuilder.DropColumn(
                name: "Label_En",
                table: "ModuleDefinitions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "ModuleDefinitions");

            migrationBuilder.RenameColumn(
                name: "Label_Tr",
                table: "ModuleDefinitions",
                newName: "Name");

            migrationBuilder.AddColumn<string>(
                name: "Description",
                table: "ModuleDefinitions",
                type: "TEXT",
                maxLength: 500,
                nullable: true);
        }
    }
}
