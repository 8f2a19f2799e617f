/**
 * The admin input for numbers typed the Vietnamese way ("35,5", "1.250"): a text box read by
 * parseVietnameseNumber, instead of the browser's number box, which turns "35,5" into 355.
 */
export const vietnameseNumberInput = {
  components: {
    Field: '/src/platform/fields/components/VietnameseNumberField#VietnameseNumberField',
  },
} as const
