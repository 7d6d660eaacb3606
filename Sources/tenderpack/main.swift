import TenderCLI

await TenderPackCommand.main()
