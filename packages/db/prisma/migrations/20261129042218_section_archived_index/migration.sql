-- CreateIndex
CREATE INDEX "Section_documentId_archivedAt_idx" ON "Section"("documentId", "archivedAt");

