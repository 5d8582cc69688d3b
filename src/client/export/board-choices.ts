/** What the person chose to add to the board PDF: the answers' appendix, the page "our data assets". */
export interface BoardPdfChoices {
  appendix: boolean;
  dataAssets: boolean;
}
