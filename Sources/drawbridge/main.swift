import DrawbridgeCLI
Drawbridge.main()
