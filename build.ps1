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
      Bench               Run the BenchmarkDotNet benchmarks in bench/ (Release).

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

function Invoke-Tests {
    Invoke-Build
    Invoke-Dotnet test ContractTesting.sln -c $Configuration --no-build
}

Push-Location $PSScriptRoot
try {
    switch ($Target) {
        'Build' { Invoke-Build }
        'Test' { Invoke-Tests }
        'Bench' { Invoke-Dotnet run -c Release --project bench/ContractTesting.Benchmarks -- --filter '*' }
        'Pipeline' {
            Write-Host 'Main job: the contract-testing pipeline is not built yet; running build and tests.'
            Invoke-Tests
        }
    }
}
finally {
    Pop-Location
}
