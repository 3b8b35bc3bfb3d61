using FactExtract.Training.Neural;

// factextract-train-neural: trains the accurate NER model (train) and writes it in the library's format (export).
// The options are few on purpose; the model card in the README gives the command that rebuilt the shipped model.
return NeuralTrainingCli.Run(args);
