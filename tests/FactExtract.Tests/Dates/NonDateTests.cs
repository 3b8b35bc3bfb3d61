using static FactExtract.Tests.Dates.DateAssert;

namespace FactExtract.Tests.Dates;

/// <summary>Numbers and words that other taggers misread as dates.</summary>
public class NonDateTests
{
    [Theory]
    [InlineData("The reference number is 2882015 in the file.", "2882015")]
    [InlineData("More than 2,000 people marched.", "2,000")]
    [InlineData("The measure passed with 1984 votes.", "1984")]
    [InlineData("Call 555-1234 for details.", "555-1234")]
    [InlineData("Call (212) 555-2015 for details.", "555-2015")]
    [InlineData("Chelsea won 3-1 on Sunday.", "3-1")]
    [InlineData("The score was 2-0 after the break.", "2-0")]
    [InlineData("It cost $2015 to fix.", "2015")]
    [InlineData("Mr. Smith, 52 years old, will retire.", "52 years")]
    [InlineData("The baby, eight months old, was unhurt.", "eight months")]
    [InlineData("Turnout was 2012 percent of the target, a typo.", "2012")]
    [InlineData("Shares rose 3.5% to 11.30 dollars.", "11.30")]
    [InlineData("The ratio was 3/4 of the total.", "3/4")]
    [InlineData("Boeing sold 1500 jets.", "1500")]
    [InlineData("The company has 1999 employees.", "1999")]
    [InlineData("Room 1205 was empty.", "1205")]
    [InlineData("The rebels may attack soon.", "may")]
    [InlineData("May I ask a question?", "May")]
    [InlineData("Protesters will march to the capital.", "march")]
    [InlineData("The price may fall again.", "fall")]
    [InlineData("He is the second person to resign.", "second")]
    [InlineData("They moved the deadline to that date.", "that date")]
    [InlineData("The Sun reported the story.", "Sun")]
    [InlineData("The vote was 52-48 in favour.", "52-48")]
    [InlineData("The 747 landed safely.", "747")]
    public void NotDates(string text, string span) => None(text, span);

    [Fact]
    public void AnAgeIsNotATime() => None("The three-year-old boy was found.", "three-year-old");

    [Theory]
    [InlineData("Three-quarters of the members voted.", "Three-quarters")]
    [InlineData("A quarter of the shares changed hands.", "A quarter")]
    [InlineData("Sun Microsystems rose.", "Sun")]
    [InlineData("The Sun. It rose.", "Sun")]
    public void FractionsAndNamesAreNotDates(string text, string span) => None(text, span);
}
