"""Search: retrieval and fusion, evidence, follow-up questions, names learned from the corpus."""
