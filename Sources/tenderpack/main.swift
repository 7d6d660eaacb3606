import TenderCLI

await TenderPackCommand.runAsync()
