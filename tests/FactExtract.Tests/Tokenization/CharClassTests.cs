using FactExtract.Tokenization;

namespace FactExtract.Tests.Tokenization;

/// <summary>The tokenizer's ASCII table says what each ASCII character is.</summary>
public class CharClassTests
{
    [Fact]
    public void EveryAsciiCharacterHasItsKind()
    {
        for (char c = '\0'; c < 128; c++)
        {
            var expected = c <= ' ' || c == 127 ? CharKind.Space
                : char.IsAsciiLetter(c) ? CharKind.Letter
                : char.IsAsciiDigit(c) ? CharKind.Digit
                : CharKind.Other;
            Assert.Equal(expected, CharClass.Of(c));
        }
    }

    [Fact]
    public void CharactersAboveAsciiGoByTheirCategory()
    {
        Assert.Equal(CharKind.Letter, CharClass.Of('é'));
        Assert.Equal(CharKind.Mark, CharClass.Of('\u0301'));
        Assert.Equal(CharKind.Space, CharClass.Of('\u00A0'));
        Assert.Equal(CharKind.Other, CharClass.Of('\u2014'));
        Assert.Equal(CharKind.Digit, CharClass.Of('\u0663'));
    }
}
