<#
.SYNOPSIS
    Builds, tests and benchmarks ContractTesting.

.DESCRIPTION
    Targets:
      Pipeline (default)  The main job. Today: build and run every test (the specification's matching cases and the
                          compatibility suite included). The full contract-testing pipeline (consumer tests, broker,
                          publish, verify, can-i-deploy) replaces it once the mock server, verifier, broker and CLI exist.
      Build               Build the solution.
      Test                Build, then run every test.
      Bench               Run the engine benchmarks (BenchmarkDotNet, bench/ContractTesting.Benchmarks), then the
                          consumer-side and provider-verification benchmarks beside the reference implementation
                          (bench/compare.ps1: needs Node.js and wrk). Release builds; results and how to read them: bench/README.md.

.EXAMPLE
    dotnet tool restore; dotnet pwsh ./build.ps1 Test
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('Pipeline', 'Build', 'Test', 'Bench')]
    [string]$Target = 'Pipeline',

    [string]$Configuration = 'Release'
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

function Invoke-Tests {
    Install-ReferenceTools
    Invoke-Build
    Invoke-Dotnet test ContractTesting.sln -c $Configuration --no-build
}

Push-Location $PSScriptRoot
try {
    switch ($Target) {
        'Build' { Invoke-Build }
        'Test' { Invoke-Tests }
        'Bench' {
            Invoke-Dotnet run -c Release --project bench/ContractTesting.Benchmarks -- --filter '*'
            & (Join-Path $PSScriptRoot 'bench/compare.ps1')
        }
        'Pipeline' {
            Write-Host 'Main job: the contract-testing pipeline is not built yet; running build and tests.'
            Invoke-Tests
        }
    }
}
finally {
    Pop-Location
}
