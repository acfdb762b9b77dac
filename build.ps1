<#
.SYNOPSIS
    Builds, tests and benchmarks ContractTesting.

.DESCRIPTION
    Targets:
      Pipeline (default)  The main job: the whole contract-testing loop on the embedded broker (tools/pipeline/Pipeline.ps1).
                          Build; tests/Consumer.Pact writes pacts/; start the broker (SQLite in a temporary folder, a
                          free port); publish the pacts (git commit as the version, the current branch); create
                          'production'; verify UserService against the broker's pacts and publish the results;
                          can-i-deploy; record the deployments; a summary ending with the gate's verdict. Any failure
                          stops it with a non-zero exit. -NoBuild skips the build.
      Build               Build the solution.
      Pack                Pack the contract CLI as a dotnet tool (artifacts/packages/ContractTesting.Cli.<version>.nupkg)
                          and install it into artifacts/tools, so that artifacts/tools/contract runs it. The tool is
                          not in .config/dotnet-tools.json: that manifest is restored before anything is built, and a
                          package that exists only after the build would make 'dotnet tool restore' fail.
      Test                Build, then run every test.
      Bench               Run the engine benchmarks (BenchmarkDotNet, bench/ContractTesting.Benchmarks), then the
                          consumer-side and provider-verification benchmarks beside the reference implementation
                          (bench/compare.ps1: needs Node.js and wrk), then the broker with a long history on SQLite
                          and PostgreSQL (bench/ContractTesting.BrokerBench; PostgreSQL needs CONTRACTTESTING_POSTGRES).
                          Not part of CI. Release builds; results and how to read them: bench/README.md.

.EXAMPLE
    dotnet tool restore; dotnet pwsh ./build.ps1 Test
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('Pipeline', 'Build', 'Test', 'Pack', 'Bench')]
    [string]$Target = 'Pipeline',

    [string]$Configuration = 'Release',

    # Pipeline only: use what the last build left (for the pipeline's own test).
    [switch]$NoBuild
)

$ErrorActionPreference = 'Stop'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed ($LASTEXITCODE)" }
}

function Invoke-Build { Invoke-Dotnet build ContractTesting.sln -c $Configuration }

# The reference Pact implementation (npm @pact-foundation/pact-cli, pinned in tools/pact-cli/package-lock.json),
# which the interop tests run. Installed once; again whenever the lock file changes.
function Install-ReferenceTools {
    $tools = Join-Path $PSScriptRoot 'tools/pact-cli'
    $installed = Join-Path $tools 'node_modules/.package-lock.json'
    if ((Test-Path $installed) -and ((Get-Item -Force $installed).LastWriteTimeUtc -ge (Get-Item (Join-Path $tools 'package-lock.json')).LastWriteTimeUtc)) {
        return
    }
    if (-not (Get-Command npm -ErrorAction SilentlyContinue)) {
        throw 'npm is needed to install the reference Pact CLI for the interop tests (tools/pact-cli); install Node.js.'
    }
    & npm ci --prefix $tools --no-audit --no-fund
    if ($LASTEXITCODE -ne 0) { throw "npm ci in tools/pact-cli failed ($LASTEXITCODE)" }
}

# Packs the contract CLI and installs it with --tool-path (a fresh install each time, so a rebuilt package with the
# same version is picked up); sets $script:Contract to the path of the contract executable.
function Install-ContractTool {
    $packages = Join-Path $PSScriptRoot 'artifacts/packages'
    $tools = Join-Path $PSScriptRoot 'artifacts/tools'
    Invoke-Dotnet pack src/ContractTesting.Cli -c $Configuration -o $packages
    if (Test-Path $tools) { Remove-Item -Recurse -Force $tools }
    $package = Get-ChildItem $packages -Filter 'ContractTesting.Cli.*.nupkg' | Sort-Object LastWriteTimeUtc | Select-Object -Last 1
    $version = $package.BaseName.Substring('ContractTesting.Cli.'.Length)
    # A package cache of its own: the machine's cache would keep serving an earlier build of the same version.
    $cache = Join-Path $PSScriptRoot 'artifacts/tool-cache'
    if (Test-Path $cache) { Remove-Item -Recurse -Force $cache }
    $previous = $env:NUGET_PACKAGES
    $env:NUGET_PACKAGES = $cache
    try { Invoke-Dotnet tool install ContractTesting.Cli --version $version --tool-path $tools --add-source $packages --ignore-failed-sources }
    finally { $env:NUGET_PACKAGES = $previous }
    $script:Contract = Join-Path $tools ($IsWindows ? 'contract.exe' : 'contract')
    Write-Host "contract installed: $script:Contract"
}

function Invoke-Tests {
    Install-ReferenceTools
    Invoke-Build
    Invoke-Dotnet test ContractTesting.sln -c $Configuration --no-build
}

. (Join-Path $PSScriptRoot 'tools/pipeline/Pipeline.ps1')

Push-Location $PSScriptRoot
try {
    switch ($Target) {
        'Build' { Invoke-Build }
        'Test' { Invoke-Tests }
        'Pack' { Install-ContractTool }
        'Bench' {
            Invoke-Dotnet run -c Release --project bench/ContractTesting.Benchmarks -- --filter '*'
            & (Join-Path $PSScriptRoot 'bench/compare.ps1')
        }
        'Pipeline' {
            if (-not (Invoke-Pipeline -NoBuild:$NoBuild)) {
                Write-Host 'The contract-testing pipeline failed: see the summary above.' -ForegroundColor Red
                exit 1
            }
        }
    }
}
finally {
    Pop-Location
}
